/**
 * Offline and harmless, proved on a whole filing session (验证备案类型 → 备案信息已提交, with the console's own
 * refusals on the way), run once in a browser with the extension and once without:
 *  - offline by proof: every request is recorded; none is made by the extension (its service
 *    worker or its pages) beyond reading its own packaged files, none goes to a host other
 *    than the intercepted console hosts, and the console hosts see exactly the requests they
 *    see without the extension;
 *  - a console that never breaks: the same routes, toasts, field errors, saved order and
 *    submitted state with and without the extension; no exception from the extension reaches
 *    the page; reloading the extension under an open console leaves the page working.
 * The recorder itself is shown to see requests from the service worker and from the panel,
 * so an empty list means something.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { control, currentRoute, stepButton, toastText, type } from './console-driver';
import { externalRequests, launch, SERVED_HOSTS, type Harness, type RecordedRequest } from './harness';
import { readWarnings } from './inline-warnings';
import { tabStates } from './panel-driver';
import { runFilingSession, type SessionOutcome } from './scripted-session';

const POLL = { timeout: 30_000 };

interface Run {
  h: Harness;
  outcome: SessionOutcome;
  pageErrors: string[];
  consoleErrors: string[];
  /** Requests recorded up to the end of the session. */
  requests: RecordedRequest[];
  panel?: Page;
}

function watch(page: Page, pageErrors: string[], consoleErrors: string[]): void {
  page.on('pageerror', (e) => pageErrors.push(`${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${m.text()} @ ${m.location().url}`);
  });
}

async function session(extension: boolean): Promise<Run> {
  const h = await launch({ extension });
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  // With the extension the panel is open all along (as a tab, in the background), like a user's side panel.
  const panel = extension ? await h.openSidePanel() : undefined;
  if (panel) {
    watch(panel, pageErrors, consoleErrors);
    await panel.locator('.panel').waitFor();
  }
  const outcome = await runFilingSession(h, undefined, (page) => watch(page, pageErrors, consoleErrors));
  return { h, outcome, pageErrors, consoleErrors, requests: [...h.requests], panel };
}

/** Console-host requests as "METHOD path": what the console's servers would see. */
const consoleTraffic = (requests: readonly RecordedRequest[]) =>
  [...new Set(requests.filter((r) => /^https?:/.test(r.url)).map((r) => `${r.method} ${new URL(r.url).host}${new URL(r.url).pathname}`))].sort();

let on: Run;
let off: Run;

beforeAll(async () => {
  off = await session(false);
  on = await session(true);
}, 600_000);
afterAll(async () => {
  await off?.h.close();
  await on?.h.close();
});

describe('offline by proof', () => {
  it("(the extension was at work during the session: the background holds the console tab's state)", async () => {
    await expect.poll(async () => [...(await tabStates(on.panel!)).values()].map((state) => state.console), POLL).toEqual(['huawei']);
  });

  it('the extension makes no request: nothing from its service worker, its pages read only their own files', () => {
    const id = on.h.extensionId!;
    const own = `chrome-extension://${id}/`;
    expect(on.requests.filter((r) => r.initiatorKind === 'service-worker')).toEqual([]);
    const fromExtensionPages = on.requests.filter((r) => r.initiator.startsWith('chrome-extension://'));
    expect(fromExtensionPages.filter((r) => !r.url.startsWith(own))).toEqual([]);
    // The console page loads no file of the extension: the rules come as a content script
    // (wxt.config.ts) and the CSS is inlined; no file is web-accessible.
    const intoPage = on.requests.filter((r) => r.initiator.startsWith('https://') && r.url.startsWith('chrome-extension://'));
    expect(intoPage).toEqual([]);
    expect(on.requests.filter((r) => r.initiatorKind === 'unknown')).toEqual([]);
  });

  it('every network request goes to an intercepted console host, and none was blocked', () => {
    const network = on.requests.filter((r) => /^https?:/.test(r.url));
    expect(network.length).toBeGreaterThan(0);
    expect(network.filter((r) => !SERVED_HOSTS.includes(new URL(r.url).hostname))).toEqual([]);
    expect(externalRequests(on.requests)).toEqual([]);
    expect(network.filter((r) => r.outcome === 'passed')).toEqual([]);
  });

  it('the console hosts see the same requests with and without the extension', () => {
    expect(consoleTraffic(on.requests)).toEqual(consoleTraffic(off.requests));
  });

  it('the recorder does see a request the panel makes (so the checks above can fail), and fetch is refused to the extension outright', async () => {
    // connect-src 'none' (the extension pages' CSP): the browser itself refuses fetch to the
    // service worker and the panel, before any request exists to record.
    const sw = on.h.serviceWorker!;
    expect(
      await sw.evaluate(() =>
        fetch('https://example.com/canary-sw').then(
          () => 'reached',
          () => 'blocked',
        ),
      ),
    ).toBe('blocked');
    const panel = await on.h.openSidePanel();
    expect(
      await panel.evaluate(() =>
        fetch('https://console.huaweicloud.com/beian/canary-fetch').then(
          () => 'reached',
          () => 'blocked',
        ),
      ),
    ).toBe('blocked');
    // An image load is not a connection: it still leaves the panel, and the recorder sees it.
    await panel.evaluate(() => void (new Image().src = 'https://console.huaweicloud.com/beian/canary-panel'));
    await expect
      .poll(
        () =>
          on.h.requests
            .filter((r) => r.url.includes('/canary-'))
            .map((r) => [r.url.slice(r.url.lastIndexOf('/') + 1), r.initiatorKind, r.initiator.startsWith('chrome-extension://')]),
        POLL,
      )
      .toEqual([['canary-panel', 'frame', true]]);
    await panel.close();
  });
});

describe('a console that never breaks', () => {
  it('the same routes, toasts, field errors and submitted state with and without the extension', () => {
    expect(off.outcome.transcript).toContain('submitted:备案信息已提交');
    expect(on.outcome.transcript).toEqual(off.outcome.transcript);
  });

  it('the console saved the same order with and without the extension', () => {
    expect(off.outcome.order).toMatchObject({ submitted: true });
    expect(on.outcome.order).toEqual(off.outcome.order);
  });

  it('no exception or console error from the extension reaches the page or the panel', () => {
    expect(off.pageErrors).toEqual([]);
    expect(on.pageErrors).toEqual([]);
    // Whatever the console logs by itself is the same with the extension; nothing names the extension.
    expect(on.consoleErrors.filter((m) => /chrome-extension:|beian-precheck|Extension context/i.test(m))).toEqual([]);
    expect(on.consoleErrors.filter((m) => !m.includes('chrome-extension://'))).toEqual(off.consoleErrors);
  });
});

describe('reloading the extension under an open console', () => {
  const errors: string[] = [];
  const consoleErrors: string[] = [];

  it('the page keeps working (typing, its own validation, step buttons) and the old warnings go away', async () => {
    const page = await on.h.openConsole('#/subject');
    watch(page, errors, consoleErrors);
    const block = page.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');
    await expect.poll(async () => (await readWarnings(page)).length, POLL).toBeGreaterThan(0);

    // The service worker reloads the whole extension; the content script in the page is orphaned.
    await on.h.serviceWorker!.evaluate(() => {
      setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 50);
    });
    // Typing after the reload reaches the console untouched.
    await type(block, '电子邮箱', 'after-reload@example.com');
    expect(await control(block, '电子邮箱').inputValue()).toBe('after-reload@example.com');
    await type(block, '应急联系电话', '13900000002');
    expect(await control(block, '应急联系电话').inputValue()).toBe('13900000002');
    // The orphaned script took its warnings away instead of leaving stale ones.
    await expect.poll(() => page.locator('[data-beian-precheck-field]').count(), POLL).toBe(0);
    // The console's own validation and step buttons still answer.
    await stepButton(page, '下一步');
    expect(await toastText(page)).toContain('必填');
    expect(await currentRoute(page)).toBe('subject');
    await stepButton(page, '上一步');
    await expect.poll(() => currentRoute(page), POLL).toBe('verify');
    await type(page, '主办单位名称', '深圳演示科技有限公司');
    expect(await control(page, '主办单位名称').inputValue()).toBe('深圳演示科技有限公司');
  });

  it('…and no error from the orphaned content script reaches the page', () => {
    // Cleanup on invalidation must not touch dead extension APIs (an uncaught "Extension context
    // invalidated." in the page was seen before components/messaging/settings.ts moved off WXT's storage wrapper).
    expect(errors).toEqual([]);
    expect(consoleErrors.filter((m) => /chrome-extension:|Extension context/i.test(m))).toEqual([]);
  });
});
