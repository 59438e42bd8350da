/**
 * Firefox smoke test: the built add-on, installed as a temporary add-on in Debian's
 * firefox-esr, on the demo consoles served at their real console URLs (Huawei Cloud's,
 * Alibaba Cloud's and Tencent Cloud's). Typing a mistake shows the inline warning next to its
 * field (an emergency phone equal to the mobile; on the Tencent demo, whose principal block has
 * no emergency phone, an ID number with a wrong check character); fixing it removes it. The side
 * panel's page (opened in a tab beside the console) shows the 读取情况 view for the Huawei demo,
 * its personal values masked.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, withWrongCheckChar } from '../support/synthetic-ids';
import { FirefoxBidi } from './bidi';
import {
  ADDON,
  ALIYUN_SITE,
  ALIYUN_URL,
  CONSOLE_URL,
  DEMO,
  focusAntField,
  focusField as focusIn,
  focusTeaField,
  serveDemoConsole,
  TENCENT_SITE,
  TENCENT_URL,
  typeKeys as typeIn,
  waitFor,
} from './console';

let ff: FirefoxBidi;
let context: string;
let external: string[] = [];

const focusField = (label: string) => focusIn(ff, context, label);
const typeKeys = (text: string) => typeIn(ff, context, text);

/** A node as WebDriver BiDi serialises it (with `includeShadowTree: 'all'`, closed shadow roots too). */
interface BidiNode {
  type: string;
  value?: {
    nodeType?: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
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

/** The add-on's id (wxt.config.ts) and the internal UUID we give it, so its pages have a known moz-extension:// origin. */
const ADDON_ID = 'beian-precheck@beian-precheck.invalid';
const ADDON_UUID = '5b0b6f4e-2c61-4d4f-9a37-6b1f1f0c7a11';

beforeAll(async () => {
  for (const dir of [ADDON, DEMO, ALIYUN_SITE.dir, TENCENT_SITE.dir])
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build and npm run build:demo first`);
  ff = await FirefoxBidi.launch({ prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) }, systemAccess: true });
  const tree = await ff.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
  context = tree.contexts[0]!.context;
  const installed = await ff.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: join(process.cwd(), ADDON) } });
  expect(installed.extension).toMatch(/@/);
  external = await serveDemoConsole(ff, DEMO, [ALIYUN_SITE, TENCENT_SITE]);
});

afterAll(async () => {
  await ff?.close();
});

/** One mistake typed on a console page, the field it must be warned on, and the fix. */
interface RoundTrip {
  readonly url: string;
  readonly where: string;
  readonly focus: (label: string) => Promise<boolean>;
  /** Labels and texts typed in order; the last one makes the mistake. */
  readonly fill: readonly (readonly [label: string, text: string])[];
  readonly field: string;
  readonly fix: readonly [label: string, text: string];
}

/** On the page at `url`: typing `fill` shows the warning on `field`; typing `fix` removes it. */
async function warningRoundTrip({ url, where, focus, fill, field, fix }: RoundTrip): Promise<void> {
  await ff.send('browsingContext.navigate', { context, url, wait: 'complete' });
  for (const [label, text] of fill) {
    await waitFor(() => focus(label), Boolean, `the ${label} field (${where})`);
    await typeKeys(text);
  }
  await waitFor(warningFields, (fields) => fields.includes(field), `the inline warning (${where})`);

  await focus(fix[0]);
  await typeKeys(fix[1]);
  await waitFor(warningFields, (fields) => !fields.includes(field), `the warning to go (${where})`);
}

/** The same number as 手机号码 and 应急联系电话 shows the warning; another number removes it. */
const emergencyPhone = (url: string, focus: (label: string) => Promise<boolean>, where: string): RoundTrip => ({
  url,
  where,
  focus,
  fill: [
    ['手机号码', '13800000001'],
    ['应急联系电话', '13800000001'],
  ],
  field: 'subject.principal.emergencyPhone',
  fix: ['应急联系电话', '13900000002'],
});

const ID = makeIdNumber({ region: '440305', birth: '1985-06-15' });

describe('Firefox (firefox-esr, temporary add-on)', () => {
  it('shows the inline warning for an emergency phone equal to the mobile, and removes it once fixed', async () => {
    await warningRoundTrip(emergencyPhone(`${CONSOLE_URL}#/subject`, focusField, 'Huawei Cloud'));
  });

  it('on the Alibaba Cloud console too: the warning shows next to its antd field and goes once fixed', async () => {
    await warningRoundTrip(emergencyPhone(`${ALIYUN_URL}#/subject`, (label) => focusAntField(ff, context, label), 'Alibaba Cloud'));
  });

  it('on the Tencent Cloud console too: an ID number with a wrong check character is warned next to its Tea field, and the warning goes once fixed', async () => {
    await warningRoundTrip({
      url: `${TENCENT_URL}#/subject`,
      where: 'Tencent Cloud',
      focus: (label) => focusTeaField(ff, context, label),
      fill: [['证件号码', withWrongCheckChar(ID)]],
      field: 'subject.principal.idNumber',
      fix: ['证件号码', ID],
    });
  });

  it('the side panel shows what was read on the Huawei demo: counts, each expected field, personal values masked', async () => {
    await ff.send('browsingContext.navigate', { context, url: `${CONSOLE_URL}#/subject`, wait: 'complete' });
    await waitFor(() => focusField('手机号码'), Boolean, 'the 手机号码 field');
    await typeKeys('13712340001');
    const panel = (await ff.send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
    await ff.send('browsingContext.navigate', { context: panel, url: `moz-extension://${ADDON_UUID}/sidepanel.html`, wait: 'complete' });
    // The panel shows the window's active tab: bring the console back to the front.
    await ff.send('browsingContext.activate', { context });
    const view = await waitFor(
      () =>
        ff.evaluate<{ count: string; rows: number; mobile: string } | null>(
          panel,
          `const fold = document.querySelector('details.fold[data-fold="read"]');
           if (!fold) return null;
           fold.open = true;
           const mobile = fold.querySelector('li.read-row[data-field="subject.principal.mobile"] .read-value');
           return { count: fold.querySelector('.read-count')?.textContent ?? '', rows: fold.querySelectorAll('li.read-row').length, mobile: mobile?.textContent ?? '' };`,
        ),
      (seen) => seen !== null && seen.mobile !== '',
      'the 读取情况 view with the mobile read',
    );
    expect(view!.count).toMatch(/^已读取 \d+ \/ \d+ 个字段$/);
    expect(view!.rows).toBeGreaterThan(5);
    expect(view!.mobile).toBe('*******0001');
    await ff.send('browsingContext.close', { context: panel });
  });

  it('sent no request anywhere but the (intercepted) console hosts', () => {
    expect(external).toEqual([]);
  });
});
