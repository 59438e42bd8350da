/**
 * A console page that works against the extension: it listens for what the content script
 * announces, replays the "a newer copy of this script started" event WXT's content-script
 * context listens for, and tries to reach, claim or hide the inline warnings; it also plants huge
 * and odd text (a heading numbering website 100000, 4,000 listed uploads, a 30,000-character value,
 * labels named after Object.prototype's members). The checker keeps warning throughout; the page
 * learns nothing about the extension from it. Nothing here is timed: `npm run bench` measures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type } from './console-driver';
import { claimOldHostTag, forgeHostAttributes, plantHugeText, recordMessages, replayScriptStarted } from './hostile-console';
import { launch, type Harness } from './harness';
import { readWarnings } from './inline-warnings';

const POLL = { timeout: 20_000 };
const FIELD = 'subject.principal.emergencyPhone';

let h: Harness;
const pageErrors: string[] = [];

async function consolePage(path: string): Promise<Page> {
  const page = await h.openConsole(path);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

const warned = async (page: Page) => (await readWarnings(page)).map((w) => w.field);

/** Types the same number as 手机号码 and 应急联系电话 (a warning), or two different ones (none). */
async function plantMistake(page: Page, emergency = '13800000001') {
  const block = page.locator('.principal-block');
  await type(block, '手机号码', '13800000001');
  await type(block, '应急联系电话', emergency);
}

beforeAll(async () => {
  h = await launch();
  await h.context.addInitScript(recordMessages);
  await h.context.addInitScript(claimOldHostTag);
});
afterAll(async () => {
  await h?.close();
});

describe('a page cannot switch the checker off', () => {
  it('is not told the extension id by a window message', async () => {
    const page = await consolePage('#/subject');
    await plantMistake(page);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    const seen = await page.evaluate(() => JSON.stringify((window as unknown as { __seenMessages: unknown[] }).__seenMessages));
    expect(seen).not.toContain(h.extensionId!);
    expect(seen).not.toContain('content-script-started');
    await page.close();
  });

  it('keeps warning after the page replays the "newer script started" event', async () => {
    const page = await consolePage('#/subject');
    await plantMistake(page);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);

    // What a page needs to know: the extension id (public for a store extension, static in
    // Firefox) and the content script's name.
    await replayScriptStarted(page, h.extensionId!);

    // The warning stays, goes when fixed and comes back when the mistake is typed again.
    await page.waitForTimeout(500);
    expect(await warned(page)).toContain(FIELD);
    await plantMistake(page, '13900000002');
    await expect.poll(() => warned(page), POLL).not.toContain(FIELD);
    await plantMistake(page);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    await page.close();
  });
});

describe('a page cannot read, claim or hide the warnings', () => {
  it("a page that defined the hosts' former tag name still gets warnings", async () => {
    const page = await consolePage('#/subject');
    await plantMistake(page);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    expect(await page.evaluate(() => (window as unknown as { __constructed: { constructed: number } }).__constructed.constructed)).toBe(0);
    await page.close();
  });

  it("the page cannot reach a warning's shadow root", async () => {
    const page = await consolePage('#/subject');
    await plantMistake(page);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    const seenByPage = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-beian-precheck-field], [data-beian-precheck-idle]')).map((host) => ({
        tag: host.localName,
        root: host.shadowRoot === null ? null : 'reachable',
      })),
    );
    expect(seenByPage.length).toBeGreaterThan(0);
    for (const host of seenByPage) expect(host).toEqual({ tag: 'span', root: null });
    await page.close();
  });

  it("marking a field with the hosts' attributes does not hide it from the checks", async () => {
    const page = await consolePage('#/subject');
    await forgeHostAttributes(page);
    await plantMistake(page);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    await page.close();
  });
});

describe('huge and odd page text', () => {
  it('a 「网站100000」 heading, a slot of 4,000 uploads, 30,000-character values and labels named constructor and __proto__: the page keeps answering and the checker keeps warning', async () => {
    const page = await consolePage('#/subject');
    await plantHugeText(page);
    await plantMistake(page);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    // The page still answers, and the warning still follows typing.
    expect(await page.evaluate(() => document.title.length >= 0)).toBe(true);
    await plantMistake(page, '13900000002');
    await expect.poll(() => warned(page), POLL).not.toContain(FIELD);
    await page.close();
  });
});

describe('the page', () => {
  it('threw nothing in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
