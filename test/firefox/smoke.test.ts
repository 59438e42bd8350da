/**
 * Firefox smoke test: the built add-on, installed as a temporary add-on in Debian's
 * firefox-esr, on the demo console served at the real console URL. Typing an emergency
 * phone equal to the mobile shows the inline warning; fixing it removes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxBidi } from './bidi';

const ADDON = '.output/firefox-mv2';
const DEMO = '.output/demo-console';
const CONSOLE_URL = 'https://console.huaweicloud.com/beian/';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.json': 'application/json' };

let ff: FirefoxBidi;
let context: string;
const external: string[] = [];

/** The demo console build answers for the console host; every other request is refused and recorded. */
async function serveDemoConsole() {
  await ff.send('network.addIntercept', { phases: ['beforeRequestSent'], urlPatterns: [{ type: 'pattern', protocol: 'https' }, { type: 'pattern', protocol: 'http' }] });
  ff.onEvent((event) => {
    if (event.method !== 'network.beforeRequestSent' || !event.params.isBlocked) return;
    const request = event.params.request as { request: string; url: string };
    const url = new URL(request.url);
    if (url.hostname !== 'console.huaweicloud.com') {
      external.push(request.url);
      void ff.send('network.failRequest', { request: request.request }).catch(() => undefined);
      return;
    }
    const path = url.pathname.replace(/^\/beian\/?/, '') || 'index.html';
    const file = normalize(join(DEMO, path));
    const target = file.startsWith(normalize(DEMO)) && existsSync(file) && !file.endsWith('/') ? file : join(DEMO, 'index.html');
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
}

/** Focuses the input of the labelled field inside the subject-principal block (found by label text, as a person would). */
function focusField(label: string): Promise<boolean> {
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

/** Real key presses (WebDriver input actions), after clearing the focused input. */
async function typeKeys(text: string) {
  const actions = [
    { type: 'keyDown', value: '\uE009' }, { type: 'keyDown', value: 'a' }, { type: 'keyUp', value: 'a' }, { type: 'keyUp', value: '\uE009' },
    { type: 'keyDown', value: '\uE003' }, { type: 'keyUp', value: '\uE003' },
    ...[...text].flatMap((ch) => [{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]),
  ];
  await ff.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
}

/** A node as WebDriver BiDi serialises it (with `includeShadowTree: 'all'`, closed shadow roots too). */
interface BidiNode {
  type: string;
  value?: { nodeType?: number; localName?: string; nodeValue?: string; attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}

/** Text of a serialised subtree, without <style> contents. */
function bidiText(node: BidiNode | null | undefined): string {
  const value = node?.value;
  if (!value || value.localName === 'style') return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  return (value.children ?? []).map(bidiText).join('');
}

/**
 * The fields whose host shows a warning. The hosts' shadow roots are closed, so the page's
 * own scripts cannot read them; BiDi serialises them when asked to include every shadow tree.
 */
async function warningFields(): Promise<string[]> {
  const result = await ff.send<{ type: string; result?: { value?: BidiNode[] } }>('script.evaluate', {
    expression: `[...document.querySelectorAll('[data-beian-precheck-field]')]`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 32 },
  });
  return (result.result?.value ?? [])
    .filter((host) => bidiText(host.value?.shadowRoot).trim() !== '')
    .map((host) => host.value?.attributes?.['data-beian-precheck-field'] ?? '');
}

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  let value = await probe();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}

beforeAll(async () => {
  for (const dir of [ADDON, DEMO]) if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build and npm run build:demo first`);
  ff = await FirefoxBidi.launch();
  const tree = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
  context = tree.contexts[0]!.context;
  const installed = await ff.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: join(process.cwd(), ADDON) } });
  expect(installed.extension).toMatch(/@/);
  await serveDemoConsole();
});

afterAll(async () => {
  await ff?.close();
});

describe('Firefox (firefox-esr, temporary add-on)', () => {
  it('shows the inline warning for an emergency phone equal to the mobile, and removes it once fixed', async () => {
    await ff.send('browsingContext.navigate', { context, url: `${CONSOLE_URL}#/subject`, wait: 'complete' });
    await waitFor(() => focusField('手机号码'), Boolean, 'the 手机号码 field');
    await typeKeys('13800000001');
    await waitFor(() => focusField('应急联系电话'), Boolean, 'the 应急联系电话 field');
    await typeKeys('13800000001');
    await waitFor(warningFields, (fields) => fields.includes('subject.principal.emergencyPhone'), 'the inline warning');

    await focusField('应急联系电话');
    await typeKeys('13900000002');
    await waitFor(warningFields, (fields) => !fields.includes('subject.principal.emergencyPhone'), 'the warning to go');
  });

  it('sent no request anywhere but the (intercepted) console host', () => {
    expect(external).toEqual([]);
  });
});
