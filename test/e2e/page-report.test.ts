/**
 * 导出页面结构 through the extension on the Huawei demo console: marked values (an ID number,
 * a mobile, an emergency number, an email, a name, an address) typed into the subject step,
 * the panel's button pressed, and then neither the preview nor the saved file holds any of
 * them, in text, attributes or URLs; the labels and option texts are there (so the search
 * would find a value if one leaked), and the saved file is the previewed text.
 *
 * Run after `npm run build && npm run build:demo`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeIdNumber } from '../support/synthetic-ids';
import { type } from './console-driver';
import { launch, type Harness } from './harness';
import { leaks, panelClick } from './panel-driver';

const POLL = { timeout: 30_000 };
const MARKED_ID = makeIdNumber({ region: '510104', birth: '1984-04-04', sequence: '826' });
const MARKED = [MARKED_ID, '13722224444', '13722225555', 'report-marked@example.org', '上官报告', '报告路99号报告大厦'];

let h: Harness;
let panel: Page;
let consolePage: Page;
let preview = '';

beforeAll(async () => {
  h = await launch();
  const page = (consolePage = await h.openConsole('#/subject'));
  await type(page, '证件住所', MARKED[5]!);
  await type(page, '投资者或上级主管单位', MARKED[4]!);
  const block = page.locator('.principal-block');
  await type(block, '姓名', MARKED[4]!);
  await type(block, '证件号码', MARKED_ID);
  await type(block, '手机号码', MARKED[1]!);
  await type(block, '应急联系电话', MARKED[2]!);
  await type(block, '电子邮箱', MARKED[3]!);
  panel = await h.openSidePanel(page);
  await panel.locator('.verdict').waitFor({ timeout: POLL.timeout });
  await panelClick(panel.locator('button.report-button'));
  await panel.locator('pre.report-text').waitFor({ timeout: POLL.timeout });
  preview = (await panel.locator('pre.report-text').textContent()) ?? '';
}, 300_000);
afterAll(async () => {
  await h?.close();
});

describe('page report on the Huawei demo console', () => {
  it('the marked values are on the page (so the searches below can find them)', async () => {
    const values = await consolePage.locator('input, textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value).join('\n'));
    expect(leaks(values, MARKED)).toEqual(MARKED);
  });

  it('the preview holds the labels and option texts, and none of the typed values', () => {
    for (const label of ['证件住所', '投资者或上级主管单位', '姓名', '证件号码', '手机号码', '应急联系电话', '电子邮箱', '长期', '填写主体信息'])
      expect(preview, label).toContain(label);
    expect(leaks(preview, MARKED)).toEqual([]);
    expect(preview).toMatch(/^<!--[\s\S]*console: huawei[\s\S]*step: subject/);
    expect(preview).not.toMatch(/\b(?:href|src|srcset|action|title|alt|placeholder|value)=|https?:|chrome-extension:|blob:/);
    expect(preview).not.toMatch(/\d{5}/);
  });

  it('the preview takes the focus and shows its size', async () => {
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('report-text'))).toBe(true);
    expect(await panel.locator('.report-size').innerText()).toMatch(/^\d+\.\d KB，\d+ 行$/);
  });

  it('保存 saves the previewed text as a file named by console, step and date, without the values', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download', POLL), panelClick(panel.locator('button.report-save'))]);
    expect(download.suggestedFilename()).toMatch(/^beian-page-huawei-subject-\d{4}-\d{2}-\d{2}\.html$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toBe(preview);
    expect(leaks(saved, MARKED)).toEqual([]);
    expect(saved).toContain('电子邮箱');
  });
});
