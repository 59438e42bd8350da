/**
 * The demo console itself, with the extension installed: it loads at the real console URL,
 * its wizard can be walked with keyboard and mouse, its own validation still blocks, submit
 * still succeeds. These prove the test bed works and that the extension does not break the
 * console's behaviour; the extension's findings are tested elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeCreditCode } from '../support/synthetic-ids';
import { CONSOLE_URL, externalRequests, launch, type Harness } from './harness';
import { control, currentRoute, field, stepButton, toastText, type, upload, waitForRoute } from './console-driver';
import { fillApp, fillSubject, fillUploads, fillVerify, fillWebsite, next, VALID_APP_FILING, VALID_FILING } from './sample-filing';

/** expect.poll waits 1 s by default; the simulated OCR alone takes longer. */
const POLL = { timeout: 15_000 };

let h: Harness;
const pageErrors: string[] = [];

function watchErrors(page: Page): Page {
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

beforeAll(async () => {
  h = await launch();
});

afterAll(async () => {
  await h?.close();
});

describe('harness', () => {
  it('loads the built extension: its service worker runs and gives the extension id', () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    expect(h.serviceWorker?.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
  });

  it('serves the demo console at the real console URL and aborts every other external request', async () => {
    const page = watchErrors(await h.openConsole());
    expect(page.url()).toBe(`${CONSOLE_URL}#/verify`);
    await expect
      .poll(() => page.locator('.tiny-steps-text-name').allInnerTexts(), POLL)
      .toEqual(['验证备案类型', '填写主体信息', '填写网站信息', '上传资料', '提交备案']);
    const served = h.requests.filter((r) => r.outcome === 'served').map((r) => new URL(r.url).pathname);
    expect(served).toContain('/beian/');
    expect(served.some((p) => p.startsWith('/beian/assets/'))).toBe(true);
    const blocked = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(blocked).toBe('blocked');
    expect(externalRequests(h.requests).map((r) => r.url)).toEqual(['https://example.com/']);
    await page.close();
  });

  it('serves the same console at the other documented entry points', async () => {
    const page = watchErrors(await h.openConsole());
    for (const url of ['https://beian.huaweicloud.com/#/verify', 'https://console.huaweicloud.com/icp/#/verify']) {
      await page.goto(url);
      await expect.poll(() => page.locator('.tiny-steps-text-name').first().innerText(), POLL).toBe('验证备案类型');
    }
    await page.close();
  });

  it('opens the side panel page in a tab', async () => {
    const panel = await h.openSidePanel();
    expect(panel.url()).toBe(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await panel.locator('body').waitFor({ state: 'attached' });
    await panel.close();
  });
});

describe('demo console wizard', () => {
  it('its own validation blocks an empty step with a toast and field messages', async () => {
    const page = watchErrors(await h.openConsole());
    await stepButton(page, '验证备案类型');
    expect(await toastText(page)).toContain('必填');
    expect(await currentRoute(page)).toBe('verify');
    await expect.poll(() => field(page, '主办单位名称').locator('.tiny-form-item__error').innerText(), POLL).toContain('请输入主办单位名称');
    await expect.poll(() => page.locator('.tiny-form-item.is-error').count(), POLL).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('walks every step with keyboard and mouse, and the submit succeeds', async () => {
    const page = watchErrors(await h.openConsole());
    await fillVerify(page, VALID_FILING);
    await next(page, '验证备案类型', 'subject');
    // Step-1 values are carried over, greyed out.
    await expect.poll(() => control(page, '主办单位名称').inputValue(), POLL).toBe(VALID_FILING.subjectName);
    expect(await control(page, '主办单位名称').isDisabled()).toBe(true);

    // Leaving a required field empty blocks 下一步 here too.
    await stepButton(page, '下一步');
    expect(await toastText(page)).toContain('必填');
    expect(await currentRoute(page)).toBe('subject');

    await fillSubject(page, VALID_FILING);
    await next(page, '下一步', 'website');
    await fillWebsite(page, VALID_FILING);
    await next(page, '下一步', 'upload');

    // Submitting without the required materials is refused…
    await stepButton(page, '提交');
    expect(await toastText(page)).toContain('请上传');
    expect(await currentRoute(page)).toBe('upload');
    // …and accepted once they are there.
    await fillUploads(page);
    await stepButton(page, '提交');
    await waitForRoute(page, 'submitted');
    await expect.poll(() => page.locator('[data-order-state=submitted] h2').innerText(), POLL).toBe('备案信息已提交');

    // 上一步 still works after a full walk (new order, back from step 2).
    await page.locator('.done button', { hasText: '返回首页' }).click();
    await waitForRoute(page, 'verify');
    await page.close();
  });

  it('walks the APP path (服务类型 APP) to a submitted order', async () => {
    const page = watchErrors(await h.openConsole());
    await fillVerify(page, VALID_APP_FILING);
    await next(page, '验证备案类型', 'subject');
    await fillSubject(page, VALID_APP_FILING);
    await next(page, '下一步', 'app');
    expect(await page.locator('.tiny-steps-block.active .tiny-steps-text-name').innerText()).toBe('填写APP信息');
    await expect.poll(() => control(page, 'APP名称').inputValue(), POLL).toBe(VALID_APP_FILING.appName);
    await fillApp(page, VALID_APP_FILING);
    await next(page, '下一步', 'upload');
    expect(await field(page, '互联网信息服务负责人证件（APP1）').count()).toBe(1);
    await fillUploads(page);
    await next(page, '提交', 'submitted');
    await page.close();
  });

  it('can be driven by keyboard alone: Tab between fields, arrows and Enter in a select', async () => {
    const page = watchErrors(await h.openConsole());
    await control(page, '主办单位名称').click();
    await page.keyboard.type('深圳演示科技有限公司');
    // TinyVue gives its inputs tabindex=1, so Tab follows document order among them; the
    // 证件类型 select is skipped while disabled (no 主办单位性质 chosen yet).
    await page.keyboard.press('Tab');
    const certNumber = makeCreditCode();
    await page.keyboard.type(certNumber);
    expect(await control(page, '证件号码').inputValue()).toBe(certNumber);
    await control(page, '资源类型').focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('.tiny-select-dropdown:visible').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => control(page, '资源类型').inputValue(), POLL).not.toBe('');
    await page.close();
  });

  it('fills fields from an upload without input events (simulated OCR)', async () => {
    const page = watchErrors(await h.openConsole('#/subject'));
    await page.evaluate(() => {
      (window as unknown as { __events: string[] }).__events = [];
      for (const type of ['input', 'change'])
        document.addEventListener(
          type,
          (e) => (window as unknown as { __events: string[] }).__events.push(`${type}:${(e.target as HTMLElement).className}`),
          true,
        );
    });
    const block = page.locator('.principal-block');
    await upload(block, '证件照片', 'id-front.png');
    await expect.poll(() => control(block, '姓名').inputValue(), POLL).toBe('李演示');
    expect(await control(block, '证件号码').inputValue()).toMatch(/^\d{17}[\dX]$/);
    const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    // The file input fires its own change event; no text field receives one.
    expect(events.filter((e) => !e.includes('tiny-upload__input'))).toEqual([]);
    await page.close();
  });

  it('edit mode greys out the locked fields and keeps the others editable', async () => {
    const page = watchErrors(await h.openConsole('#/subject?mode=edit'));
    const block = page.locator('.principal-block');
    await expect.poll(() => control(block, '姓名').inputValue(), POLL).toBe('李演示');
    expect(await control(block, '姓名').isDisabled()).toBe(true);
    expect(await control(block, '证件号码').isDisabled()).toBe(true);
    expect(await control(page, '证件住所').isDisabled()).toBe(true);
    expect(await control(block, '电子邮箱').isDisabled()).toBe(false);
    await type(block, '电子邮箱', 'changed@example.com');
    expect(await control(block, '电子邮箱').inputValue()).toBe('changed@example.com');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
