/**
 * The demo console in firefox-esr over WebDriver BiDi: served at the real console URL by
 * network interception, its fields found by label text (as a person would), real key presses.
 * Shared by the smoke test and the bench (test/bench/firefox.ts).
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { ALIYUN_CONSOLE_URL, ALIYUN_MOUNTS, demoFileFor, TENCENT_CONSOLE_URL, TENCENT_MOUNTS } from '../e2e/harness';
import type { FirefoxBidi } from './bidi';

export const ADDON = '.output/firefox-mv2';
export const DEMO = '.output/demo-console';
export const CONSOLE_URL = 'https://console.huaweicloud.com/beian/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** WebDriver key values. */
export const KEY = { control: '\uE009', backspace: '\uE003' } as const;

/** A demo console build and the host (and path mounts, longest first) it answers for. */
export interface DemoSite {
  readonly dir: string;
  readonly host: string;
  readonly mounts?: readonly string[];
}

/** The Alibaba Cloud demo console (antd), at its real form page. */
export const ALIYUN_SITE: DemoSite = { dir: '.output/demo-console-aliyun', host: 'beian.aliyun.com', mounts: ALIYUN_MOUNTS };
export const ALIYUN_URL = ALIYUN_CONSOLE_URL;

/** The Tencent Cloud demo console (Tea, prefix app-beian), at an order's page. */
export const TENCENT_SITE: DemoSite = { dir: '.output/demo-console-tencent', host: 'console.cloud.tencent.com', mounts: TENCENT_MOUNTS };
export const TENCENT_URL = TENCENT_CONSOLE_URL;

/**
 * The demo console builds answer for their console hosts (the Huawei demo, `demo`, for
 * console.huaweicloud.com; any `more` sites for theirs); every other request is refused and
 * recorded in the returned list.
 */
export async function serveDemoConsole(ff: FirefoxBidi, demo = DEMO, more: readonly DemoSite[] = []): Promise<string[]> {
  const external: string[] = [];
  const sites: DemoSite[] = [{ dir: demo, host: 'console.huaweicloud.com' }, ...more];
  await ff.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [
      { type: 'pattern', protocol: 'https' },
      { type: 'pattern', protocol: 'http' },
    ],
  });
  ff.onEvent((event) => {
    if (event.method !== 'network.beforeRequestSent' || !event.params.isBlocked) return;
    const request = event.params.request as { request: string; url: string };
    const url = new URL(request.url);
    const site = sites.find((s) => s.host === url.hostname);
    if (!site || url.protocol !== 'https:') {
      external.push(request.url);
      void ff.send('network.failRequest', { request: request.request }).catch(() => undefined);
      return;
    }
    const target = demoFileFor(url.pathname, resolve(site.dir), site.mounts);
    if (!target) {
      // A console-host file the demo does not have (the browser's own favicon.ico): not found.
      void ff.send('network.provideResponse', { request: request.request, statusCode: 404, reasonPhrase: 'Not Found' }).catch(() => undefined);
      return;
    }
    const body = readFileSync(target);
    const binary = !/^(text|application\/json)/.test(TYPES[extname(target)] ?? 'application/octet-stream') && !TYPES[extname(target)]?.includes('javascript');
    void ff
      .send('network.provideResponse', {
        request: request.request,
        statusCode: 200,
        reasonPhrase: 'OK',
        headers: [{ name: 'content-type', value: { type: 'string', value: TYPES[extname(target)] ?? 'application/octet-stream' } }],
        body: binary ? { type: 'base64', value: body.toString('base64') } : { type: 'string', value: body.toString('utf8') },
      })
      .catch(() => undefined);
  });
  await ff.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  return external;
}

/** Focuses the input of the labelled field inside the first subject-principal block (found by label text, as a person would). */
export function focusField(ff: FirefoxBidi, context: string, label: string): Promise<boolean> {
  return ff.evaluate<boolean>(
    context,
    `const items = [...document.querySelectorAll('.principal-block .tiny-form-item')];
     const item = items.find((el) => el.querySelector(':scope > label')?.textContent?.trim() === ${JSON.stringify(label)});
     const input = item?.querySelector('.tiny-form-item__content input:not([type=file]):not([type=checkbox])');
     if (!input) return false;
     input.focus(); input.select?.();
     return document.activeElement === input;`,
  );
}

/** The same in an Ant Design form (the Aliyun demo): the label's title names the field. */
export function focusAntField(ff: FirefoxBidi, context: string, label: string): Promise<boolean> {
  return ff.evaluate<boolean>(
    context,
    `const items = [...document.querySelectorAll('.principal-block .ant-form-item')];
     const item = items.find((el) => el.querySelector('.ant-form-item-label > label')?.getAttribute('title') === ${JSON.stringify(label)});
     const input = item?.querySelector('input:not([type=file]):not([type=checkbox]):not([type=radio])');
     if (!input) return false;
     input.focus(); input.select?.();
     return document.activeElement === input;`,
  );
}

/** The same in a Tea form (the Tencent demo), any class prefix: the item's label part names the field. */
export function focusTeaField(ff: FirefoxBidi, context: string, label: string): Promise<boolean> {
  return ff.evaluate<boolean>(
    context,
    `const items = [...document.querySelectorAll('.principal-block [class*="-form__item"]')];
     const item = items.find((el) => el.querySelector('[class*="-form__label"] > label')?.textContent?.trim() === ${JSON.stringify(label)});
     const input = item?.querySelector('[class*="-form__controls"] input:not([type=file]):not([type=checkbox]):not([type=radio])');
     if (!input) return false;
     input.focus(); input.select?.();
     return document.activeElement === input;`,
  );
}

/** Sends key actions (keyDown/keyUp pairs) to the page, as a keyboard does. */
export async function performKeys(ff: FirefoxBidi, context: string, actions: readonly { type: 'keyDown' | 'keyUp'; value: string }[]): Promise<void> {
  await ff.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
}

/** One key pressed and released. */
export const press = (value: string) =>
  [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ] as const;

/** Real key presses (WebDriver input actions), after clearing the focused input (Ctrl+A, Backspace). */
export async function typeKeys(ff: FirefoxBidi, context: string, text: string): Promise<void> {
  await performKeys(ff, context, [
    { type: 'keyDown', value: KEY.control },
    ...press('a'),
    { type: 'keyUp', value: KEY.control },
    ...press(KEY.backspace),
    ...[...text].flatMap((ch) => press(ch)),
  ]);
}

/** Polls `probe` until `ok` (at most a minute: a guard against a hung browser, not a timing). */
export async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  let value = await probe();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}
