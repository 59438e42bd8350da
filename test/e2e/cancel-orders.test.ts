/**
 * Cancellation orders on the demo console (synthetic record 粤ICP备00000000号):
 * - 注销网站 (注销互联网信息服务): the panel's order banner carries national/cancel-irreversible,
 *   and the page's own two confirmations (tick, then a dialog) lead to the verification page;
 * - 注销主体: the same rule, for the whole subject;
 * - 取消接入 with no other access provider: national/cancel-access-empty-shell (空壳).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { field, stepButton, toastText, waitForRoute } from './console-driver';
import { openFromRecords, orderAlertRules, panelFilingType, panelFor, POLL } from './order-pages';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('cancellation orders', () => {
  it('注销网站: irreversible-cancellation warning in the panel; tick + dialog submit the order', async () => {
    const page = await openFromRecords(h, '注销网站');
    expect(await page.locator('h1.page-title').innerText()).toBe('注销互联网信息服务');
    const panel = await panelFor(h, page);
    await expect.poll(() => panelFilingType(panel), POLL).toBe('cancel-service');
    await expect.poll(() => orderAlertRules(panel), POLL).toContain('national/cancel-irreversible');
    const text = await panel.locator('section.order-alerts li.finding[data-rule="national/cancel-irreversible"] .msg').allInnerTexts();
    expect(text.join(' ')).toMatch(/不可恢复|cannot be undone|for good/);
    await panel.close();

    // The console's own confirmation: nothing happens before the tick, then a dialog asks again.
    await page.bringToFront();
    await stepButton(page, '提交注销');
    expect(await toastText(page)).toContain('我已了解');
    await page.locator('.tiny-checkbox', { hasText: '我已了解注销后备案号失效且不可恢复' }).click();
    await stepButton(page, '提交注销');
    const dialog = page.locator('.cancel-confirm .tiny-dialog-box');
    await dialog.waitFor();
    expect(await dialog.locator('.tiny-dialog-box__title').innerText()).toBe('确认注销互联网信息服务');
    await dialog.locator('.tiny-dialog-box__footer button', { hasText: '确定' }).click();
    await waitForRoute(page, 'verification');
    expect(await page.locator('[data-verification-type]').getAttribute('data-verification-type')).toBe('cancel-service');
    await page.close();
  });

  it('注销主体: the subject-wide irreversible warning', async () => {
    const page = await openFromRecords(h, '注销主体');
    const panel = await panelFor(h, page);
    await expect.poll(() => panelFilingType(panel), POLL).toBe('cancel-subject');
    await expect.poll(() => orderAlertRules(panel), POLL).toContain('national/cancel-irreversible');
    await panel.close();
    await page.close();
  });

  it('取消接入: the page says 其他接入商 = 无 and the panel names the order', async () => {
    const page = await openFromRecords(h, '取消接入');
    expect((await field(page, '其他接入商').locator('.tiny-form-item__content').innerText()).trim()).toBe('无');
    const panel = await panelFor(h, page);
    await expect.poll(() => panelFilingType(panel), POLL).toBe('cancel-access');
    // 取消接入 is not a cancellation of the record: no irreversible-cancellation warning.
    expect(await orderAlertRules(panel)).not.toContain('national/cancel-irreversible');
    await panel.close();
    await page.close();
  });

  // The 空壳 rule reads filed.otherAccessProviders, which the adapter fills from the page's 其他接入商 item.
  it('取消接入 with no other access provider: the 空壳 warning', async () => {
    const page = await openFromRecords(h, '取消接入');
    const panel = await panelFor(h, page);
    await expect.poll(() => orderAlertRules(panel), POLL).toContain('national/cancel-access-empty-shell');
    await panel.close();
    await page.close();
  });
});
