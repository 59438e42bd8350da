/**
 * Teaching a field on the Huawei demo console (TinyVue): the console renames a label, so the
 * adapter misses the field; the side panel's 读取情况 view lists it as not found; 「在页面上指定」
 * starts picking mode, a click on the field teaches it, the page is read again at once and the
 * inline warning shows for a bad value. After a reload (and the same rename) the field is still
 * taught. Escape cancels picking mode. What is stored holds where the field is, never what was
 * typed (synthetic values only).
 *
 * Run after `npm run build && npm run build:demo`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { control, type } from './console-driver';
import { launch, type Harness } from './harness';
import { readWarnings } from './inline-warnings';
import { leaks, openSections, panelClick, readExtensionStorage } from './panel-driver';
import { readRowState, renameLabel, teachField } from './teach-driver';

const POLL = { timeout: 30_000 };
const FIELD = 'subject.principal.emergencyPhone';
const RENAMED = '紧急联系号码';
const MOBILE = '13712340001';

let h: Harness;
let panel: Page;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const renameLabelOf = (page: Page) => renameLabel(page, '应急联系电话', RENAMED);
const warnedFields = async (page: Page) => (await readWarnings(page)).map((w) => w.field);
const rowState = (field: string) => readRowState(panel, field);

describe('teaching a field the adapter missed', () => {
  it('lists it as not found, teaches it by a click on the page, and warns about its value at once', async () => {
    const page = await h.openConsole('#/subject');
    await renameLabelOf(page);
    const block = page.locator('.principal-block');
    await type(block, '手机号码', MOBILE);
    await type(block, RENAMED, MOBILE);
    panel = await h.openSidePanel(page);
    await panel.locator('.panel').waitFor();
    await openSections(panel);
    await expect.poll(() => rowState(FIELD), POLL).toBe('missing');
    expect(await panel.locator('details.fold[data-fold="read"]').getAttribute('open')).not.toBeNull();
    expect(await panel.locator('.read-count').innerText()).toMatch(/^已读取 \d+ \/ \d+ 个字段$/);
    // The mobile was read and is shown masked.
    expect(await panel.locator(`li.read-row[data-field="subject.principal.mobile"] .read-value`).innerText()).toBe('*******0001');
    expect(await warnedFields(page)).not.toContain(FIELD);

    await teachField(panel, page, FIELD, RENAMED);
    await expect.poll(() => warnedFields(page), POLL).toContain(FIELD);

    const stored = await readExtensionStorage(panel);
    expect(Object.keys(stored.local)).toContain('taught:huawei');
    const taught = stored.local['taught:huawei'] as Record<string, Record<string, { label: string; path: string[] }>>;
    expect(taught.subject?.[FIELD]?.label).toBe(RENAMED);
    expect(leaks(JSON.stringify(stored.local), [MOBILE])).toEqual([]);
    await page.close();
  });

  it('is still taught after a reload: the same rename is read and warned about without teaching again', async () => {
    const page = await h.openConsole('#/subject');
    await renameLabelOf(page);
    const block = page.locator('.principal-block');
    await type(block, '手机号码', MOBILE);
    await type(block, RENAMED, MOBILE);
    await expect.poll(() => warnedFields(page), POLL).toContain(FIELD);
    await page.close();
  });

  it('picking mode ends with Escape, and a click afterwards teaches nothing', async () => {
    const page = await h.openConsole('#/subject');
    await page.locator('.principal-block').waitFor();
    panel = await h.openSidePanel(page);
    await panel.locator('.panel').waitFor();
    await openSections(panel);
    // Delete the taught field in the settings list, so 应急联系电话 can be taught again.
    await expect.poll(() => panel.locator(`section.taught li[data-field="${FIELD}"]`).count(), POLL).toBe(1);
    await panelClick(panel.locator(`section.taught li[data-field="${FIELD}"] button.forget`));
    await expect.poll(async () => Object.keys((await readExtensionStorage(panel)).local), POLL).not.toContain('taught:huawei');

    await renameLabelOf(page);
    await expect.poll(() => rowState(FIELD), POLL).toBe('missing');
    await panelClick(panel.locator(`li.read-row[data-field="${FIELD}"] button.teach`));
    await page.bringToFront();
    // The hint bar is ours (a closed shadow root): it is there, and gone after Escape.
    const hosts = () => page.evaluate(() => document.body.lastElementChild?.tagName === 'SPAN' && document.body.lastElementChild.shadowRoot === null);
    await expect.poll(hosts, POLL).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(hosts, POLL).toBe(false);
    await control(page.locator('.principal-block'), RENAMED).click();
    // A round trip through the content script after the click (picking mode again, then Escape): a save the click started would be done.
    await panelClick(panel.locator(`li.read-row[data-field="${FIELD}"] button.teach`));
    await expect.poll(hosts, POLL).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(hosts, POLL).toBe(false);
    expect(Object.keys((await readExtensionStorage(panel)).local)).not.toContain('taught:huawei');
    expect(await rowState(FIELD)).toBe('missing');
    await page.close();
  });
});
