/**
 * 导出页面结构 in Firefox: the side panel page (in a background tab; the console tab stays in
 * front, so the panel shows it) asks the console's content script for the page report, shows
 * it, and 保存 saves it through a Blob URL from the extension page into the download folder;
 * neither the preview nor the file holds the mobile number typed on the page.
 *
 * WebDriver BiDi may not navigate a tab to an extension page, so the browser window opens it
 * (system access, `'moz:scope': 'chrome'`); the add-on gets a fixed internal UUID (a profile
 * pref) so that its page has a known address.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxBidi } from './bidi';
import { ADDON, CONSOLE_URL, DEMO, focusField, serveDemoConsole, typeKeys, waitFor } from './console';

const UUID = '3c0b7f2e-8a41-4d6b-9e57-6f1d2a9c4b10';
const PANEL_URL = `moz-extension://${UUID}/sidepanel.html`;
const MARKED_MOBILE = '13755556666';

interface Tree {
  contexts: { context: string; url: string; children?: Tree['contexts'] }[];
}

let ff: FirefoxBidi;
let consoleTab: string;
let panelTab: string;
const downloads = mkdtempSync(join(tmpdir(), 'beian-ff-downloads-'));

beforeAll(async () => {
  for (const dir of [ADDON, DEMO]) if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build and npm run build:demo first`);
  const manifest = JSON.parse(readFileSync(join(ADDON, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  ff = await FirefoxBidi.launch({
    systemAccess: true,
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  consoleTab = (await ff.send<Tree>('browsingContext.getTree')).contexts[0]!.context;
  await ff.send('webExtension.install', { extensionData: { type: 'path', path: join(process.cwd(), ADDON) } });
  await serveDemoConsole(ff, DEMO);
  await ff.send('browsingContext.navigate', { context: consoleTab, url: `${CONSOLE_URL}#/subject`, wait: 'complete' });
  await waitFor(() => focusField(ff, consoleTab, '手机号码'), Boolean, 'the 手机号码 field');
  await typeKeys(ff, consoleTab, MARKED_MOBILE);
  // The browser window opens the panel page in a tab behind the console's.
  const window = (await ff.send<Tree>('browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts[0]!.context;
  await ff.send('script.evaluate', {
    expression: `gBrowser.addTab(${JSON.stringify(PANEL_URL)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
    target: { context: window },
    awaitPromise: false,
  });
  panelTab = await waitFor(
    async () => (await ff.send<Tree>('browsingContext.getTree')).contexts.find((c) => c.url === PANEL_URL)?.context ?? '',
    Boolean,
    'the panel tab',
  );
}, 180_000);

afterAll(async () => {
  await ff?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('page report in Firefox', () => {
  it('previews the report and saves it as a file through a Blob URL, without the typed mobile', async () => {
    await waitFor(
      () => ff.evaluate<boolean>(panelTab, `return !!document.querySelector('button.report-button')`),
      Boolean,
      'the panel with the console tab’s state',
    );
    await ff.evaluate(panelTab, `document.querySelector('button.report-button').click(); return true`);
    const preview = await waitFor(
      () => ff.evaluate<string>(panelTab, `return document.querySelector('pre.report-text')?.textContent ?? ''`),
      (text) => text !== '',
      'the preview',
    );
    expect(preview).toContain('手机号码');
    expect(preview).not.toContain(MARKED_MOBILE);

    await ff.evaluate(panelTab, `document.querySelector('button.report-save').click(); return true`);
    const saved = await waitFor(
      async () => readdirSync(downloads).filter((name) => /^beian-page-huawei-subject-\d{4}-\d{2}-\d{2}\.html$/.test(name)),
      (names) => names.length === 1 && readFileSync(join(downloads, names[0]!), 'utf8') === preview,
      'the saved file',
    );
    expect(readFileSync(join(downloads, saved[0]!), 'utf8')).not.toContain(MARKED_MOBILE);
  });
});
