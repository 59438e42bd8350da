/**
 * A console that never breaks, under abuse: the page is mutated at runtime (a field removed, a
 * label renamed, sections reordered), fields get hundreds of rapid keystrokes and 5,000-character
 * values, and the filing grows to 50 websites × 10 domains. Throughout, the extension throws
 * nothing (no page error from it, no error logged by its service worker), its adapter health
 * names the removed and renamed fields as missing (TabState in storage.session), and the inline
 * warnings keep following the typing. No timing is asserted here (the bench measures speed).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '../../components/messaging/protocol';
import { makeIdNumber } from '../support/synthetic-ids';
import { choose, control } from './console-driver';
import { launch, type Harness } from './harness';
import { readWarnings } from './inline-warnings';
import { activeState } from './panel-driver';
import { withWrongCheckDigit } from './sample-filing';

const POLL = { timeout: 60_000 };

let h: Harness;
let panel: Page;
const pageErrors: string[] = [];
const workerErrors: string[] = [];
const opened: Page[] = [];

async function consolePage(path: string): Promise<Page> {
  const page = await h.openConsole(path);
  page.on('pageerror', (e) => pageErrors.push(`${e.message}\n${e.stack ?? ''}`));
  opened.push(page);
  return page;
}

/** The state of the console page in front (bring it to the front first). */
async function state(): Promise<TabState | undefined> {
  return activeState(panel);
}

const warned = async (page: Page) => (await readWarnings(page)).map((w) => w.field);

async function clear(input: ReturnType<typeof control>) {
  await input.click();
  await input.press('Control+A');
  await input.press('Backspace');
}

beforeAll(async () => {
  h = await launch();
  h.serviceWorker!.on('console', (m) => {
    if (m.type() === 'error') workerErrors.push(m.text());
  });
  panel = await h.openSidePanel();
  panel.on('pageerror', (e) => pageErrors.push(`panel: ${e.message}`));
  await panel.locator('.panel').waitFor();
});
afterEach(async () => {
  for (const page of opened.splice(0)) if (!page.isClosed()) await page.close();
});
afterAll(async () => {
  await h?.close();
});

describe('fuzzing the console page', () => {
  it('fields removed, labels renamed and sections reordered: health names them missing, warnings still follow typing', async () => {
    const page = await consolePage('#/subject');
    const block = page.locator('.principal-block');
    await choose(block, '证件类型', '居民身份证');
    await expect.poll(async () => (await state())?.health.expected ?? [], POLL).toContain('subject.principal.mobile');
    expect((await state())?.health.missing).toEqual([]);

    await page.evaluate(() => {
      const items = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLElement>('.tiny-form-item'));
      const own = (item: Element) => item.querySelector(':scope > label')?.textContent?.trim();
      const principal = document.querySelector('.principal-block')!;
      // Removed: 电子邮箱. Renamed: 手机号码.
      items(principal)
        .find((i) => own(i) === '电子邮箱')!
        .remove();
      items(principal)
        .find((i) => own(i) === '手机号码')!
        .querySelector(':scope > label')!.textContent = '联系手机（新版）';
      // Reordered: the 主体负责人 section (heading + block) moves above 主办单位信息, and its
      // own items are reversed.
      const form = principal.parentElement!;
      const heading = Array.from(form.querySelectorAll('.section-title')).find((el) => el.textContent?.trim() === '主体负责人信息')!;
      form.prepend(heading, principal);
      for (const item of items(principal).reverse()) principal.append(item);
    });
    await expect
      .poll(async () => (await state())?.health.missing ?? [], POLL)
      .toEqual(expect.arrayContaining(['subject.principal.email', 'subject.principal.mobile']));
    await expect.poll(() => panel.locator('.banner.health').innerText(), POLL).toContain('主体负责人电子邮箱');

    // The remaining fields are still read and warned about.
    const idInput = control(block, '证件号码');
    await clear(idInput);
    await idInput.pressSequentially(withWrongCheckDigit(makeIdNumber({ sequence: '246' })));
    await expect.poll(() => warned(page), POLL).toContain('subject.principal.idNumber');
    await clear(idInput);
    await expect.poll(() => warned(page), POLL).not.toContain('subject.principal.idNumber');
    await idInput.pressSequentially(withWrongCheckDigit(makeIdNumber({ sequence: '357' })));
    await expect.poll(() => warned(page), POLL).toContain('subject.principal.idNumber');
  });

  it('hundreds of rapid keystrokes across fields all reach the console, and the warnings settle on the final values', async () => {
    const page = await consolePage('#/subject');
    const block = page.locator('.principal-block');
    const plan: [ReturnType<typeof control>, string][] = [
      [control(page, '证件住所'), '广东省深圳市南山区演示路一号演示大厦一百零一室'.repeat(5)],
      [control(page, '投资者或上级主管单位'), '深圳演示科技有限公司'.repeat(4)],
      [control(block, '姓名'), '李演示'.repeat(10)],
      [control(block, '手机号码'), '138000000011380000000113800000001'],
      [control(block, '应急联系电话'), '139000000021390000000213900000002'],
      [control(block, '电子邮箱'), 'someone.with.a.long.local.part@example.com'],
    ];
    let keystrokes = 0;
    // Two passes: type everything, then retype the contacts so the final values are valid and equal.
    for (const [input, text] of plan) {
      await input.click();
      await input.pressSequentially(text);
      keystrokes += text.length;
    }
    for (const [input, text] of [
      [control(block, '手机号码'), '13800000001'],
      [control(block, '应急联系电话'), '13800000001'],
    ] as const) {
      await clear(input);
      await input.pressSequentially(text);
      keystrokes += text.length + 2;
    }
    expect(keystrokes).toBeGreaterThanOrEqual(300);
    for (const [input, text] of plan.slice(0, 3)) expect(await input.inputValue()).toBe(text);
    expect(await control(block, '应急联系电话').inputValue()).toBe('13800000001');
    await expect.poll(() => warned(page), POLL).toContain('subject.principal.emergencyPhone');
    await expect.poll(async () => (await state())?.form.subject?.investor, POLL).toBe(plan[1]![1]);
  });

  it('5,000-character values are taken whole, and the page and panel keep working', async () => {
    const page = await consolePage('#/subject');
    const block = page.locator('.principal-block');
    const long = (seed: string) => seed.repeat(Math.ceil(5_000 / seed.length)).slice(0, 5_000);
    const values: [ReturnType<typeof control>, string][] = [
      [control(page, '证件住所'), long('演示路')],
      [control(block, '姓名'), long('李')],
      [control(block, '电子邮箱'), long('a') + '@example.com'],
      [control(page, '备注'), long('备注内容 ')],
    ];
    for (const [input, text] of values) {
      await input.click();
      await page.keyboard.insertText(text);
      expect(await input.inputValue()).toBe(text);
    }
    await expect.poll(async () => (await state())?.form.subject?.certAddress?.length, POLL).toBe(5_000);
    // The panel's copy follows the page within a few hundred ms (hand-over to the background, coalesced writes): poll each value.
    await expect.poll(async () => (await state())?.form.subject?.principal?.name?.length, POLL).toBe(5_000);
    // Warnings still follow typing afterwards.
    await control(block, '手机号码').click();
    await page.keyboard.type('13800000001');
    await control(block, '应急联系电话').click();
    await page.keyboard.type('13800000001');
    await expect.poll(() => warned(page), POLL).toContain('subject.principal.emergencyPhone');
  });

  let big: Page | undefined;

  it('a filing with 50 websites × 10 domains: the page renders it, the extension keeps warning and the console keeps working', async () => {
    const page = await h.openConsole('#/website');
    page.on('pageerror', (e) => pageErrors.push(`${e.message}\n${e.stack ?? ''}`));
    big = page;
    // The console restores a saved order on reload (as the real one does from its server): save one with 50 sites.
    await control(page.locator('section.website-card').first(), '网站名称').pressSequentially('演示');
    await page.waitForFunction(() => sessionStorage.getItem('demo-console-order') !== null);
    await page.evaluate(() => {
      const key = 'demo-console-order';
      const order = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { websites: Record<string, unknown>[] };
      const template = order.websites[0]!;
      order.websites = Array.from({ length: 50 }, (_, i) => ({
        ...template,
        name: `演示站点${i + 1}号`,
        mainDomain: `site${i + 1}.example.com`,
        subDomains: Array.from({ length: 9 }, (_, j) => `sub${j + 1}.site${i + 1}.example.com`),
        homepageUrl: `site${i + 1}.example.com`,
        ipRanges: [{ start: '192.0.2.10', end: '192.0.2.10' }],
      }));
      sessionStorage.setItem(key, JSON.stringify(order));
    });
    await page.reload({ timeout: 240_000 });
    await page.locator('section.website-card').nth(49).waitFor({ timeout: 120_000 });
    expect(await page.locator('section.website-card').count()).toBe(50);
    expect(await page.locator('section.website-card').nth(49).locator('.row input').count()).toBeGreaterThanOrEqual(9);

    // The extension reads the big page and still follows typing.
    await expect.poll(async () => (await state())?.step, POLL).toBe('website');
    const first = control(page.locator('section.website-card').first(), '网站名称');
    await clear(first);
    await first.pressSequentially('演示站点#1');
    await expect.poll(() => warned(page), POLL).toContain('websites[0].name');
    await clear(first);
    await first.pressSequentially('演示站点一号');
    await expect.poll(() => warned(page), POLL).not.toContain('websites[0].name');
    // The console's own 添加网站 still adds a 51st card.
    await page.getByRole('button', { name: '添加网站' }).click();
    await expect.poll(() => page.locator('section.website-card').count(), POLL).toBe(51);
  });

  // Guards a fixed bug: a card title <h3><span>网站2</span><button>删除网站</button></h3> once read as
  // "网站2删除网站", so every card's fields were merged into websites[0].
  it('…and reads every card as its own website (50 websites, 10 domains each)', async () => {
    const page = big!;
    await page.bringToFront();
    // The test before added one card with 添加网站: every card on the page is one website.
    const cards = await page.locator('section.website-card').count();
    expect(cards).toBeGreaterThanOrEqual(50);
    // The panel's copy may still be the read from before the new card: wait for it to follow.
    await expect.poll(async () => (await state())?.form.websites?.length, POLL).toBe(cards);
    const read = await state();
    expect(read?.form.websites?.slice(0, 50).map((w) => w.domains?.length)).toEqual(Array(50).fill(10));
    expect(read?.health.expected).toContain(`websites[${cards - 1}].name`);
  });

  it('the extension threw nothing: no page error, no service-worker error', async () => {
    if (big && !big.isClosed()) await big.close();
    expect(pageErrors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });
});
