/**
 * The console's form in a same-origin iframe: a console page (same host, a path the content
 * script's matches cover) that embeds the filing wizard in an iframe. The content script runs
 * in every frame of the console's pages (all_frames): the form in the iframe gets its inline
 * warnings there, and the side panel shows the iframe's read; the embedding page, which shows
 * no form (its crumb names the order type, nothing more), says nothing that could replace it
 * (components/console/frames.ts). The page report (导出页面结构) of such a tab holds the
 * iframe's form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { type } from './console-driver';
import { readWarnings } from './inline-warnings';
import { activeState, activeTabId, panelClick } from './panel-driver';

/** The bit of the extension API used inside panel.evaluate (the panel page has `chrome`). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const POLL = { timeout: 20_000 };
/** A console page of the same origin that embeds the wizard (served by this test, not by the demo build). */
const HOST_URL = 'https://console.huaweicloud.com/beian/embedded-console';
const FRAME_URL = 'https://console.huaweicloud.com/beian/#/subject';
const HOST_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>ICP备案 - 华为云</title></head>
<body>
  <div id="J_header">华为云 控制台</div>
  <ti-crumb id="beian_crumb"><a class="ti3-crumb-label" href="#/beian/order">ICP备案</a><span class="ti3-crumb-divider">/</span><span class="ti3-crumb-nohref-label" id="crumb_last">首次备案</span></ti-crumb>
  <div class="cti-header">ICP备案</div>
  <iframe id="beian-frame" src="${FRAME_URL}" style="width: 1320px; height: 820px; border: 0"></iframe>
</body></html>`;

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** The embedding page in front, its iframe's wizard rendered. */
async function openEmbeddingPage() {
  const page = await h.context.newPage();
  // A page route wins over the harness's context route, which serves the demo build.
  await page.route(HOST_URL, (route) => route.fulfill({ status: 200, body: HOST_PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } }));
  await page.bringToFront();
  await page.goto(HOST_URL);
  const frame = page.frameLocator('#beian-frame');
  await frame.locator('.tiny-steps').first().waitFor();
  return { page, frame };
}

describe('the console in a same-origin iframe', () => {
  it('reads the form in the iframe: inline warnings there, the panel shows its read, the embedding page stays silent', async () => {
    const { page, frame } = await openEmbeddingPage();
    const block = frame.locator('.principal-block');
    await type(block, '手机号码', '13800000001');
    await type(block, '应急联系电话', '13800000001');

    const inner = page.frames().find((f) => f.url() === FRAME_URL)!;
    expect(inner).toBeDefined();
    const field = 'subject.principal.emergencyPhone';
    await expect.poll(async () => (await readWarnings(inner)).map((w) => w.field), POLL).toContain(field);
    expect(await readWarnings(page)).toEqual([]);

    const panel = await h.openSidePanel(page);
    await expect.poll(async () => (await activeState(panel))?.form.subject?.principal?.emergencyPhone, POLL).toBe('13800000001');
    const state = (await activeState(panel))!;
    expect(state.step).toBe('subject');
    expect(state.result.findings.map((f) => f.field)).toContain(field);

    // Fixing the value in the iframe reaches the panel; nothing from the embedding page replaces it.
    await type(block, '应急联系电话', '13900000002');
    await expect.poll(async () => (await readWarnings(inner)).map((w) => w.field), POLL).not.toContain(field);
    await expect.poll(async () => (await activeState(panel))?.form.subject?.principal?.emergencyPhone, POLL).toBe('13900000002');
    // The embedding page changes (its crumb names another order type): it still has no form, so nothing to say.
    await page.evaluate(() => {
      document.getElementById('crumb_last')!.textContent = '变更备案';
    });
    // The panel's answers reach every frame of the tab: the embedding page has nothing to say to them either.
    const tabId = await activeTabId(panel);
    await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'to-tab', tabId: id, message: { type: 'set-declarations', declarations: {} } }), tabId);
    await page.waitForTimeout(1_500); // the embedding page's own re-reads (polls, mutations) have had their chance too
    expect((await activeState(panel))?.step).toBe('subject');
    expect((await activeState(panel))?.form.subject?.principal?.emergencyPhone).toBe('13900000002');
    await panel.close();
    await page.close();
  });

  it('the page report (导出页面结构) holds the form in the iframe, without what was typed', async () => {
    const { page, frame } = await openEmbeddingPage();
    await type(frame.locator('.principal-block'), '手机号码', '13711113333');
    const panel = await h.openSidePanel(page);
    await expect.poll(async () => (await activeState(panel))?.form.subject?.principal?.mobile, POLL).toBe('13711113333');
    await panelClick(panel.locator('button.report-button'));
    const preview = panel.locator('pre.report-text');
    await preview.waitFor({ timeout: POLL.timeout });
    // The top frame's answer writes the iframe's body in its place; the iframe's own answer is its page: either holds the form.
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('手机号码');
    expect(text).toContain('填写主体信息');
    expect(text).not.toContain('13711113333');
    await panel.close();
    await page.close();
  });
});
