/**
 * In the page: the built extension on the demo console (served at the real console URL), with
 * its side panel opened as a tab. Inline warnings follow typing; the panel's checklist follows
 * the choices and the uploads; a finding in the panel focuses its field; findings of earlier
 * steps survive step changes; the console's own buttons and validation keep working; the panel
 * shows its summary, adapter health, language switch (remembered) and a plain page when no
 * console tab is active. Synthetic data only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../support/synthetic-ids';
import { choose, closeAppPrompt, control, currentRoute, field, stepButton, toastText, type } from './console-driver';
import { launch, type Harness } from './harness';
import { inWarningRoots, readWarnings } from './inline-warnings';
import { activeState, activeTabId, materialStatus, panelClick, panelField, panelFindings, readExtensionStorage } from './panel-driver';
import { fillSubject, fillVerify, fillWebsite, next, VALID_FILING, withWrongCheckDigit, type FilingInput } from './sample-filing';

const POLL = { timeout: 30_000 };
let h: Harness;
const pageErrors: string[] = [];
const opened: Page[] = [];

const PERSONAL: FilingInput = {
  ...VALID_FILING,
  nature: '个人',
  subjectName: '李演示',
  certType: '居民身份证',
  certNumber: makeIdNumber({ sequence: '135' }),
  investor: '李演示',
};

async function consolePage(path?: string): Promise<Page> {
  const page = await h.openConsole(path);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  opened.push(page);
  return page;
}

async function sidePanel(forPage?: Page): Promise<Page> {
  const panel = await h.openSidePanel(forPage);
  panel.on('pageerror', (e) => pageErrors.push(`panel: ${e.message}`));
  opened.push(panel);
  await panel.locator('.panel').waitFor();
  return panel;
}

const warnedFields = async (page: Page) => (await readWarnings(page)).map((w) => w.field);

beforeAll(async () => {
  h = await launch();
});
afterEach(async () => {
  for (const page of opened.splice(0)) if (!page.isClosed()) await page.close();
});
afterAll(async () => {
  await h?.close();
});

describe('inline warnings', () => {
  it('a wrong check digit in 主体负责人 证件号码 shows a warning next to that field; clearing the field removes it', async () => {
    const page = await consolePage('#/subject');
    const block = page.locator('.principal-block');
    await choose(block, '证件类型', '居民身份证');
    await type(block, '证件号码', withWrongCheckDigit(makeIdNumber()));
    const id = 'subject.principal.idNumber';
    await expect.poll(() => warnedFields(page), POLL).toContain(id);

    // Next to that field: inside the 主体负责人 block's 证件号码 form item, not the carried-over one.
    const where = await page.locator(`[data-beian-precheck-field="${id}"]`).evaluate((host) => ({
      label: host.closest('.tiny-form-item')?.querySelector(':scope > label')?.textContent?.trim(),
      inPrincipalBlock: host.closest('.principal-block') !== null,
    }));
    expect(where).toEqual({ label: '证件号码', inPrincipalBlock: true });
    const panel = await sidePanel(page);
    await expect
      .poll(async () => (await activeState(panel))?.result.findings.filter((f) => f.field === id).map((f) => `${f.ruleId}:${f.messageId}`), POLL)
      .toContain('national/id-number-valid:checkDigit');

    const input = control(block, '证件号码');
    await input.click();
    await input.press('Control+A');
    await input.press('Backspace');
    await expect.poll(() => warnedFields(page), POLL).not.toContain(id);
    expect(await input.inputValue()).toBe('');
  });
});

describe('inline warnings that say whose they are and stay small', () => {
  it('a field with two findings: one line with our mark and +1 更多; 详情 opens a card over the form, Escape closes it; Tab from the field reaches 详情', async () => {
    const page = await consolePage('#/subject');
    const block = page.locator('.principal-block');
    // Ten digits, the same in both: 应急联系电话 is malformed and equals the mobile (two findings).
    await type(block, '手机号码', '1380000000');
    await type(block, '应急联系电话', '1380000000');
    const id = 'subject.principal.emergencyPhone';
    await expect.poll(async () => (await readWarnings(page)).filter((w) => w.field === id).length, POLL).toBe(2);
    const shown = async () =>
      (
        await inWarningRoots(page, function (this: ShadowRoot) {
          const card = this.querySelector<HTMLElement>('.card')!;
          return {
            lines: this.querySelectorAll('.line').length,
            mark: this.querySelector('.line .mark')?.textContent,
            more: this.querySelector('.line .more-count')?.textContent ?? null,
            label: this.querySelector('.line button.more')?.getAttribute('aria-label') ?? '',
            cardShown: !card.hidden && card.getBoundingClientRect().height > 0,
            focusOnDetails: this.activeElement?.matches('.line button.more') ?? false,
          };
        })
      ).find((host) => host.field === id)?.value;
    const before = await shown();
    expect(before).toMatchObject({ lines: 1, mark: '备案预检', more: '+1 更多', cardShown: false });
    expect(before!.label).toMatch(/^详情：.*应急联系电话$/);

    // Tab from the field goes to its 详情 (the host follows the console's tabindex), Enter opens the card.
    const nextField = field(block, '电子邮箱');
    const nextTop = (await nextField.boundingBox())!.y;
    await control(block, '应急联系电话').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-beian-precheck-field')), POLL).toBe(id);
    expect((await shown())!.focusOnDetails).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shown())!.cardShown, POLL).toBe(true);
    // Over the form, not in its flow: the next field has not moved.
    expect((await nextField.boundingBox())!.y).toBe(nextTop);

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await shown())!.cardShown, POLL).toBe(false);
    expect((await shown())!.focusOnDetails).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-beian-precheck-field'))).toBe(id);
  });
});

describe('side panel', () => {
  it('a tick takes a material off 缺资料 (kept in storage.session only); switching a rule off asks, shows in the verdict and is undone', async () => {
    const page = await consolePage('#/subject');
    const panel = await sidePanel(page);
    const block = page.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');
    const chip = (kind: string) => panel.locator(`.verdict button.chip[data-chip="${kind}"]`).getAttribute('data-count');
    const toPrepare = panel.locator('section.materials li.material[data-shown="to-prepare"]');
    await expect.poll(() => toPrepare.count(), POLL).toBeGreaterThan(0);
    const missing = Number(await chip('materials'));
    expect(missing).toBeGreaterThan(0);
    const key = (await toPrepare.first().getAttribute('data-material'))!;
    await panelClick(toPrepare.first().locator('.prepared-tick input'));
    await expect.poll(() => chip('materials'), POLL).toBe(String(missing - 1));
    expect(await panel.locator(`li.material[data-material="${key}"]`).getAttribute('data-shown')).toBe('prepared');
    const tabId = await activeTabId(panel);
    const stored = await readExtensionStorage(panel);
    expect(stored.session[`prepared:${tabId}`]).toEqual([key]);
    expect(Object.keys(stored.local).filter((name) => name !== 'settings')).toEqual([]);
    expect(JSON.stringify(stored.local)).not.toContain(key);
    // Unticked: missing again.
    await panelClick(panel.locator(`li.material[data-material="${key}"] .prepared-tick input`));
    await expect.poll(() => chip('materials'), POLL).toBe(String(missing));

    const emergency = 'subject.principal.emergencyPhone';
    const card = panel.locator('section.findings li.finding[data-rule="national/emergency-phone-differs"]');
    await expect.poll(() => card.count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => warnedFields(page), POLL).toContain(emergency);
    // The switch is in the card's 详情, opened as the user would.
    await panelClick(card.first().locator('details.finding-details > summary'));
    await panelClick(card.first().locator('button.disable-rule'));
    const ask = card.first().locator('.switch-off-confirm');
    await expect.poll(() => ask.count(), POLL).toBe(1);
    expect(await ask.innerText()).toMatch(/关闭规则“.+”？ ?当前 1 项由它发现的问题将不再显示/);
    // Asking switched nothing off.
    expect(await panel.locator('.verdict .switched-off').count()).toBe(0);
    expect(await warnedFields(page)).toContain(emergency);

    await panelClick(ask.locator('button.confirm-switch-off'));
    await expect.poll(() => card.count(), POLL).toBe(0);
    await expect.poll(() => panel.locator('.verdict .switched-off').count(), POLL).toBe(1);
    expect(await panel.locator('.verdict .switched-off').innerText()).toContain('已关闭 1 条规则');
    expect(await chip('disabled')).toBe('1');
    await expect.poll(() => warnedFields(page), POLL).not.toContain(emergency);

    await panelClick(panel.locator('.verdict button.undo-switch-off'));
    await expect.poll(() => card.count(), POLL).toBeGreaterThan(0);
    expect(await panel.locator('.verdict .switched-off').count()).toBe(0);
    await expect.poll(() => warnedFields(page), POLL).toContain(emergency);
  });

  it('广东 + 个人 requires the 广东 commitment letter (missing); uploading it on 上传资料 marks it provided', async () => {
    const page = await consolePage();
    const panel = await sidePanel(page);
    await choose(page, '地域', '广东省');
    await closeAppPrompt(page);
    await choose(page, '主办单位性质', '个人');
    await expect.poll(() => materialStatus(panel, 'gd-commitment-letter'), POLL).toBe('missing');
    expect(await panel.locator('li.material[data-material="gd-commitment-letter"] strong').innerText()).toContain('互联网信息服务备案承诺书');

    // Jump to 上传资料 (the demo keeps the order across hash routes) and pick the file.
    await page.evaluate(() => (location.hash = '#/upload'));
    const item = field(page, '广东省互联网信息服务备案承诺书');
    await item.waitFor();
    await item.locator('input[type=file]').setInputFiles({ name: 'gd-commitment.png', mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') });
    await expect.poll(() => materialStatus(panel, 'gd-commitment-letter'), POLL).toBe('provided');
  });

  it('clicking a finding in the panel focuses its field in the console page', async () => {
    const page = await consolePage('#/subject');
    const block = page.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');
    const id = 'subject.principal.emergencyPhone';
    await expect.poll(() => warnedFields(page), POLL).toContain(id);
    // Focus elsewhere first, so the click has something to change.
    await control(page, '证件住所').click();
    const panel = await sidePanel(page);
    const button = panelField(panel, id, 'subject').locator('button.finding-main').first();
    await button.waitFor({ timeout: POLL.timeout });
    await panelClick(button);
    await expect.poll(() => control(block, '应急联系电话').evaluate((el) => el === document.activeElement), POLL).toBe(true);
  });

  it('findings of earlier steps stay in the panel across 下一步 and 上一步', async () => {
    const page = await consolePage();
    const panel = await sidePanel(page);
    // Step 1: a personal filing whose own ID number has a wrong check digit (the console accepts it).
    await fillVerify(page, { ...PERSONAL, certNumber: withWrongCheckDigit(PERSONAL.certNumber) });
    await expect.poll(async () => (await panelFindings(panel)).verify ?? [], POLL).toContain('subject.certNumber');
    await next(page, '验证备案类型', 'subject');

    // Step 2: a principal whose emergency phone is the mobile.
    await fillSubject(page, { ...PERSONAL, subjectPrincipal: { ...PERSONAL.subjectPrincipal, emergencyPhone: PERSONAL.subjectPrincipal.mobile } });
    await expect.poll(async () => (await panelFindings(panel)).subject ?? [], POLL).toContain('subject.principal.emergencyPhone');
    expect((await panelFindings(panel)).verify).toContain('subject.certNumber');

    await next(page, '下一步', 'website');
    await expect.poll(() => panel.locator('p.step-now').innerText(), POLL).toContain('网站');
    const onWebsite = await panelFindings(panel);
    expect(onWebsite.verify).toContain('subject.certNumber');
    expect(onWebsite.subject).toContain('subject.principal.emergencyPhone');
    // No dead end: the earlier steps' findings say where their field is and that 上一步 gets there; so does the verdict.
    await expect.poll(() => panelField(panel, 'subject.certNumber', 'verify').locator('.step-note').first().innerText(), POLL).toContain('“验证备案类型”步骤');
    expect(await panelField(panel, 'subject.certNumber', 'verify').locator('.step-note').first().innerText()).toContain('上一步');
    expect(await panel.locator('.verdict p.next').innerText()).toMatch(/“验证备案类型”、“主体信息”还有 \d+ 项，请点控制台的“上一步”返回修改/);

    await next(page, '上一步', 'subject');
    await expect.poll(() => panel.locator('p.step-now').innerText(), POLL).toContain('主体');
    const back = await panelFindings(panel);
    expect(back.verify).toContain('subject.certNumber');
    expect(back.subject).toContain('subject.principal.emergencyPhone');
  });

  it("the console's own validation and 下一步 still work with the extension on", async () => {
    const page = await consolePage();
    await stepButton(page, '验证备案类型');
    expect(await toastText(page)).toContain('必填');
    expect(await currentRoute(page)).toBe('verify');
    await fillVerify(page, VALID_FILING);
    await next(page, '验证备案类型', 'subject');
    await stepButton(page, '下一步');
    expect(await toastText(page)).toContain('必填');
    expect(await currentRoute(page)).toBe('subject');
    await fillSubject(page, VALID_FILING);
    await next(page, '下一步', 'website');
    await fillWebsite(page, VALID_FILING);
    await next(page, '下一步', 'upload');
    await next(page, '上一步', 'website');
    expect(await control(page.locator('section.website-card').first(), '网站名称').inputValue()).toBe(VALID_FILING.website.name);
  });

  it('shows a summary (errors / warnings / notes), the rules that cannot decide yet, and adapter health', async () => {
    const page = await consolePage('#/subject');
    const panel = await sidePanel(page);
    await type(page.locator('.principal-block'), '手机号码', '13800000001');
    await type(page.locator('.principal-block'), '应急联系电话', '13800000001');
    await expect.poll(() => panel.locator('section.findings p.summary').innerText(), POLL).toMatch(/^[1-9]\d* 项会被驳回，\d+ 项可能被驳回，\d+ 条提示$/);
    // Most rules wait for fields of later steps.
    await expect.poll(() => panel.locator('section.unknown li').count(), POLL).toBeGreaterThan(0);
    // The verdict at the top counts them as the result says, and its chips jump to their section.
    const state0 = await activeState(panel);
    const errors = state0!.result.findings.filter((f) => f.severity === 'error').length;
    await expect.poll(() => panel.locator('.verdict button.chip[data-chip="error"]').getAttribute('data-count'), POLL).toBe(String(errors));
    expect(await panel.locator('.verdict').getAttribute('role')).toBe('status');
    expect(await panel.locator('.verdict p.next').innerText()).toContain('下一步：先改本步（主体信息）的');
    await panelClick(panel.locator('.verdict button.chip[data-chip="materials"]'));
    await expect.poll(() => panel.evaluate(() => document.activeElement?.matches('#fold-materials > summary') ?? false), POLL).toBe(true);
    expect(await panel.locator('#fold-materials').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Healthy adapter: every expected field found, no banner.
    const state = await activeState(panel);
    expect(state?.health.expected).toContain('subject.principal.email');
    expect(state?.health.missing).toEqual([]);
    expect(await panel.locator('.banner.health').count()).toBe(0);

    // A field the console no longer shows: the panel says so.
    await field(page.locator('.principal-block'), '电子邮箱').evaluate((el) => el.remove());
    await expect.poll(async () => (await activeState(panel))?.health.missing ?? [], POLL).toContain('subject.principal.email');
    await expect.poll(() => panel.locator('.banner.health').innerText(), POLL).toContain('主体负责人电子邮箱');
  });

  it('switches language zh-CN ⇄ en (panel and inline warnings) and remembers it after the panel is reopened', async () => {
    const page = await consolePage('#/subject');
    const block = page.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');
    await expect.poll(() => warnedFields(page), POLL).toContain('subject.principal.emergencyPhone');
    const zhWarning = (await readWarnings(page)).find((w) => w.field === 'subject.principal.emergencyPhone')!.message;

    let panel = await sidePanel(page);
    await expect.poll(() => panel.locator('h1').first().innerText(), POLL).toBe('备案预检');
    await panelClick(panel.locator('.lang-switch button[lang="en"]'));
    await expect.poll(() => panel.locator('h1').first().innerText(), POLL).toBe('Beian Precheck');
    expect(await panel.locator('.lang-switch button[lang="en"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panel.locator('section.findings p.summary').innerText(), POLL).toMatch(/will be rejected/);
    await expect.poll(async () => (await readWarnings(page)).find((w) => w.field === 'subject.principal.emergencyPhone')?.message, POLL).not.toBe(zhWarning);

    await panel.close();
    panel = await sidePanel(page);
    await expect.poll(() => panel.locator('h1').first().innerText(), POLL).toBe('Beian Precheck');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');

    await panelClick(panel.locator('.lang-switch button[lang="zh-CN"]'));
    await expect.poll(() => panel.locator('h1').first().innerText(), POLL).toBe('备案预检');
    await expect.poll(async () => (await readWarnings(page)).find((w) => w.field === 'subject.principal.emergencyPhone')?.message, POLL).toBe(zhWarning);
  });

  it('shows the plain page when the active tab is not a console', async () => {
    // The panel tab itself is the active tab: no console there.
    const panel = await sidePanel();
    await expect.poll(() => panel.locator('.no-state').count(), POLL).toBe(1);
    expect(await panel.locator('section.findings').count()).toBe(0);
    expect(await panel.locator('.no-state').innerText()).toContain('华为云备案控制台');

    // Switching to a console tab shows its results; switching away shows the plain page again.
    const page = await consolePage('#/subject');
    await page.bringToFront();
    await expect.poll(() => panel.locator('section.findings').count(), POLL).toBe(1);
    await panel.bringToFront();
    await expect.poll(() => panel.locator('.no-state').count(), POLL).toBe(1);
  });

  // Guards a fixed bug: the second card's title <h3><span>网站2</span><button>删除网站</button></h3> once read
  // as "网站2删除网站", so the second website was merged into websites[0].
  it("a website added with the console's 添加网站 is read and checked as websites[1]", async () => {
    const page = await consolePage('#/website');
    const panel = await sidePanel(page);
    await page.getByRole('button', { name: '添加网站' }).click();
    const second = page.locator('section.website-card').nth(1);
    await type(second, '网站名称', '第二演示站#');
    await expect.poll(async () => (await activeState(panel))?.form.websites?.[1]?.name, { timeout: 15_000 }).toBe('第二演示站#');
    await expect.poll(() => warnedFields(page), { timeout: 15_000 }).toContain('websites[1].name');
  });

  it('raised no page errors in the console or the panel', () => {
    expect(pageErrors).toEqual([]);
  });
});
