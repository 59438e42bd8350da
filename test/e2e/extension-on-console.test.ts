/**
 * The built extension on the demo console: a planted mistake gets an inline warning next to its
 * field, fixing it removes the warning, and the console keeps working around the warnings
 * (typing, its own validation). Field ids come from rules/model/fields.ts; message wording is the
 * rules' business and is not asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { control, currentRoute, stepButton, toastText, type } from './console-driver';
import { readWarnings } from './inline-warnings';

const POLL = { timeout: 20_000 };
let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('extension on the demo console', () => {
  it('flags 应急联系电话 = 手机号码 next to the field, and drops the warning once fixed', async () => {
    const page = await h.openConsole('#/subject');
    const block = page.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');
    const field = 'subject.principal.emergencyPhone';
    await expect.poll(async () => (await readWarnings(page)).map((w) => w.field), POLL).toContain(field);

    // The host sits inside the 应急联系电话 form item, after the console's own control.
    const label = await page
      .locator(`[data-beian-precheck-field="${field}"]`)
      .first()
      .evaluate((host) => host.closest('.tiny-form-item')?.querySelector(':scope > label')?.textContent?.trim());
    expect(label).toBe('应急联系电话');
    // Typing went through untouched.
    expect(await control(block, '应急联系电话').inputValue()).toBe('13800000001');

    await type(block, '应急联系电话', '13900000002');
    await expect.poll(async () => (await readWarnings(page)).map((w) => w.field), POLL).not.toContain(field);
    await page.close();
  });

  it('leaves the console its own validation while warnings are shown', async () => {
    const page = await h.openConsole('#/subject');
    const block = page.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');
    await expect.poll(async () => (await readWarnings(page)).length, POLL).toBeGreaterThan(0);
    await stepButton(page, '下一步');
    expect(await toastText(page)).toContain('必填');
    expect(await currentRoute(page)).toBe('subject');
    await page.close();
  });
});
