/**
 * No personal data kept: a whole filing typed with MARKED synthetic values (a mobile, an
 * emergency number, an ID number from the synthetic generator, an email, a name), then every
 * place the extension could keep or print them is searched:
 *  - storage.local, storage.sync, the extension origin's Web Storage and IndexedDB: never;
 *  - storage.session: it holds the tab's state while the tab is open (checked, so the search
 *    is known to work), and nothing once the tab is closed;
 *  - console output of the service worker, the console page and the panel: never;
 *  - the panel's print view: never;
 *  - the page report (导出页面结构), its preview and its saved file: never.
 *  - a field taught on the page (storage.local `taught:<console>`) and the exported file of taught
 *    fields: where the field is, never what was typed into it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { makeIdNumber } from '../support/synthetic-ids';
import { launch, type Harness } from './harness';
import { type } from './console-driver';
import { activeTabId, leaks, openSections, panelClick, readExtensionStorage, tabStates } from './panel-driver';
import { renameLabel, teachField } from './teach-driver';
import { VALID_FILING, type FilingInput, type PersonInput } from './sample-filing';
import { runFilingSession } from './scripted-session';

const POLL = { timeout: 30_000 };

const MARKED_ID = makeIdNumber({ region: '440305', birth: '1991-02-03', sequence: '777' });
const MARKED_PERSON: PersonInput = {
  name: '测试甲',
  idNumber: MARKED_ID,
  validFrom: '2020-01-01',
  validTo: '2040-01-01',
  mobile: '13712340001',
  emergencyPhone: '13712340002',
  email: 'marked-1@example.com',
};
const MARKED = [MARKED_PERSON.mobile, MARKED_PERSON.emergencyPhone, MARKED_ID, MARKED_PERSON.email, MARKED_PERSON.name!];

const MARKED_FILING: FilingInput = {
  ...VALID_FILING,
  nature: '个人',
  subjectName: '测试甲',
  certType: '居民身份证',
  certNumber: MARKED_ID,
  investor: '测试甲',
  subjectPrincipal: MARKED_PERSON,
};

let h: Harness;
let consolePage: Page;
let panel: Page;
let consoleTab: number | undefined;
const logs: string[] = [];
/** The message text, and its arguments as values (an object logged shows as "Object" in the text). */
const record = (where: string) => (m: ConsoleMessage) => {
  logs.push(`${where} ${m.type()}: ${m.text()}`);
  void Promise.all(m.args().map((a) => a.jsonValue().catch(() => '(unserialisable)'))).then(
    (values) => logs.push(`${where} ${m.type()} args: ${JSON.stringify(values)}`),
    () => undefined,
  );
};

beforeAll(async () => {
  h = await launch();
  h.serviceWorker!.on('console', record('service-worker'));
  panel = await h.openSidePanel();
  panel.on('console', record('panel'));
  await panel.locator('.panel').waitFor();
  const outcome = await runFilingSession(h, MARKED_FILING, (page) => page.on('console', record('page')));
  consolePage = outcome.page;
  if (!outcome.transcript.includes('submitted:备案信息已提交')) throw new Error(`the marked filing did not go through: ${outcome.transcript.join(' | ')}`);
  await consolePage.bringToFront();
  consoleTab = await activeTabId(panel);
}, 300_000);
afterAll(async () => {
  await h?.close();
});

describe('no personal data kept', () => {
  it('the marked values did reach the extension (the tab state in storage.session holds them while the tab is open)', async () => {
    expect(consoleTab).toBeTypeOf('number');
    await expect.poll(async () => leaks(JSON.stringify((await tabStates(panel)).get(consoleTab!) ?? null), MARKED), POLL).toEqual(MARKED);
  });

  it('storage.local, storage.sync, Web Storage and IndexedDB of the extension hold none of them', async () => {
    const stored = await readExtensionStorage(panel);
    expect(leaks(JSON.stringify(stored.local), MARKED)).toEqual([]);
    expect(leaks(JSON.stringify(stored.sync), MARKED)).toEqual([]);
    expect(leaks(JSON.stringify(stored.webStorage), MARKED)).toEqual([]);
    expect(stored.indexedDb).toEqual([]);
    // storage.local holds the settings (and taught fields: the test below) only.
    expect(Object.keys(stored.local).filter((key) => key !== 'settings' && !key.startsWith('taught:'))).toEqual([]);
  });

  it('a field taught on a page holding them is stored, shown and exported without them', async () => {
    const page = await h.openConsole('#/subject');
    await renameLabel(page, '应急联系电话', '紧急联系号码');
    const block = page.locator('.principal-block');
    await type(block, '手机号码', MARKED_PERSON.mobile!);
    await type(block, '紧急联系号码', MARKED_PERSON.emergencyPhone!);
    await type(block, '电子邮箱', MARKED_PERSON.email!);
    await type(block, '姓名', MARKED_PERSON.name!);
    await teachField(panel, page, 'subject.principal.emergencyPhone', '紧急联系号码');
    const stored = await readExtensionStorage(panel);
    expect(Object.keys(stored.local)).toContain('taught:huawei');
    expect(leaks(JSON.stringify(stored.local), MARKED)).toEqual([]);
    // The 读取情况 view shows the values read, masked.
    await openSections(panel);
    expect(leaks(await panel.locator('section.read-view').evaluate((el) => el.innerHTML), MARKED)).toEqual([]);
    // The exported file.
    const [download] = await Promise.all([panel.waitForEvent('download'), panelClick(panel.locator('section.taught button.taught-export'))]);
    const exported = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(exported).toContain('subject.principal.emergencyPhone');
    expect(leaks(exported, MARKED)).toEqual([]);
    await page.close();
  });

  it('the print view shows none of them', async () => {
    await consolePage.bringToFront();
    const print = panel.locator('section.print-view');
    await expect.poll(() => print.locator('.print-materials li').count(), POLL).toBeGreaterThan(0);
    const html = await print.evaluate((el) => el.innerHTML);
    expect(leaks(html, MARKED)).toEqual([]);
  });

  it('the page report (导出页面结构) shows none of them, in its preview or in the saved file', async () => {
    await consolePage.bringToFront();
    await panelClick(panel.locator('button.report-button'));
    const preview = panel.locator('pre.report-text');
    await preview.waitFor(POLL);
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('<body>');
    expect(leaks(text, MARKED)).toEqual([]);
    const [download] = await Promise.all([panel.waitForEvent('download', POLL), panelClick(panel.locator('button.report-save'))]);
    expect(leaks(readFileSync((await download.path())!, 'utf8'), MARKED)).toEqual([]);
  });

  it('no log of the service worker, the console page or the panel holds them', async () => {
    expect(logs.filter((line) => leaks(line, MARKED).length > 0)).toEqual([]);
    // The listeners do hear each of the three (so an empty result means something).
    await h.serviceWorker!.evaluate(() => console.log('canary', { from: 'service-worker' }));
    await panel.evaluate(() => console.warn('canary', { from: 'panel' }));
    await consolePage.evaluate(() => console.error('canary', { from: 'page' }));
    // Each of the three is heard (a message may reach its listener twice: CI once saw four lines for three canaries).
    const heard = () => [...new Set(logs.filter((line) => line.includes('args: ["canary"')).map((line) => line.split(' ')[0]))].sort();
    await expect.poll(heard, POLL).toEqual(['page', 'panel', 'service-worker']);
  });

  it('storage.session drops the tab state once the tab is closed, and holds none of them afterwards', async () => {
    await consolePage.close();
    await expect.poll(async () => [...(await tabStates(panel)).keys()], POLL).not.toContain(consoleTab);
    const stored = await readExtensionStorage(panel);
    expect(leaks(JSON.stringify(stored.session), MARKED)).toEqual([]);
    expect(logs.filter((line) => leaks(line, MARKED).length > 0)).toEqual([]);
  });
});
