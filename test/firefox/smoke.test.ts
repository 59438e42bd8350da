/**
 * Firefox smoke test: the built add-on, installed as a temporary add-on in Debian's
 * firefox-esr, on the demo console served at the real console URL. Typing an emergency
 * phone equal to the mobile shows the inline warning; fixing it removes it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxBidi } from './bidi';
import { ADDON, CONSOLE_URL, DEMO, focusField as focusIn, serveDemoConsole, typeKeys as typeIn, waitFor } from './console';

let ff: FirefoxBidi;
let context: string;
let external: string[] = [];

const focusField = (label: string) => focusIn(ff, context, label);
const typeKeys = (text: string) => typeIn(ff, context, text);

function warningFields(): Promise<string[]> {
  return ff.evaluate<string[]>(context, `return [...document.querySelectorAll('[data-beian-precheck-field]')].filter((h) => h.shadowRoot?.textContent?.trim()).map((h) => h.getAttribute('data-beian-precheck-field'));`);
}

beforeAll(async () => {
  for (const dir of [ADDON, DEMO]) if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build and npm run build:demo first`);
  ff = await FirefoxBidi.launch();
  const tree = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
  context = tree.contexts[0]!.context;
  const installed = await ff.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: join(process.cwd(), ADDON) } });
  expect(installed.extension).toMatch(/@/);
  external = await serveDemoConsole(ff);
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
