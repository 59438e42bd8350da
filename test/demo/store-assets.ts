/**
 * `npm run store:assets`: the store listing images, taken from the current build at work on the
 * demo consoles (headless Chromium, as `npm run demo`), written to assets/store/:
 *
 * - three 1280 × 800 screenshots, each a console beside the side panel at 400 px: the Huawei
 *   demo's 填写网站信息 step with its inline warnings, the 上传资料 step with the panel's materials
 *   checklist, the Aliyun demo's 填写网站信息 step;
 * - the 440 × 280 small promo tile: the icon, the name, one line, and a real inline warning cut
 *   from the Huawei shot.
 *
 * Sizes and formats are what the Chrome Web Store and Microsoft Edge Add-ons take (see
 * assets/store/README.md); test/unit/store-assets.test.ts checks the committed images. All
 * data is synthetic.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { waitForRoute } from '../e2e/console-driver';
import { ensureBuilds, launch, ROOT, type Harness } from '../e2e/harness';
import { settledWarnings } from '../e2e/inline-warnings';
import { runAliyunDemo } from './aliyun';
import { runHuaweiDemo } from './huawei';
import { STORE_IMAGES } from './store-images';
import { besidePanelSize, compose, consoleBesidePanel, dataUrl, openPanel, scrollPanelToChecklist, scrollToFirstWarning } from './shots';

const STORE_DIR = join(ROOT, 'assets', 'store');
const SCREEN = { width: STORE_IMAGES.huawei.width, height: STORE_IMAGES.huawei.height };
const TILE = { width: STORE_IMAGES.promo.width, height: STORE_IMAGES.promo.height };

/**
 * Where the first warning sits in the console shots: low enough to keep the console's step bar
 * (or title) in view above it, high enough to leave room for the next warnings below.
 */
const FIRST_WARNING_AT = 400;

async function quietReport(page: Page, step: string): Promise<number> {
  const warnings = await settledWarnings(page);
  console.log(`   ${step}: ${warnings.length} inline warning(s)`);
  return warnings.length;
}

function write(image: { file: string }, png: Buffer): void {
  const path = join(STORE_DIR, image.file);
  writeFileSync(path, png);
  console.log(`   ${relative(ROOT, path)} (${Math.round(png.length / 1024)} KB)`);
}

/** The first inline warning with the field above it, cut from the console as shown (for the promo tile). */
async function firstWarningCut(page: Page): Promise<Buffer> {
  const box = await page.locator('[data-beian-precheck-field]').first().boundingBox();
  if (!box) throw new Error('no inline warning to show on the promo tile');
  const viewport = page.viewportSize()!;
  // From the field's label (left of the warning) to the warning's right edge, with the input above it.
  const x = Math.max(0, box.x - 110);
  const y = Math.max(0, box.y - 46);
  return page.screenshot({ clip: { x, y, width: Math.min(viewport.width - x, box.x + box.width + 8 - x), height: box.height + 56 } });
}

function promoTile(warning: Buffer): string {
  const icon = readFileSync(join(ROOT, 'assets', 'public', 'icon', '128.png'));
  return `<div style="box-sizing:border-box;width:${TILE.width}px;height:${TILE.height}px;padding:0 24px;display:flex;flex-direction:column;justify-content:center;gap:16px;background:#f4f7fc;
      font-family:'WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;color:#1f2329;overflow:hidden">
    <div style="display:flex;align-items:center;gap:14px">
      <img src="${dataUrl(icon)}" style="width:60px;height:60px">
      <div>
        <div style="font-size:34px;font-weight:bold;line-height:1.1">备案预检</div>
        <div style="font-size:16px;color:#4e5969;margin-top:4px">Beian Precheck</div>
      </div>
    </div>
    <div style="font-size:19px">填写 ICP 备案时，当场指出会被驳回的地方</div>
    <div style="border:1px solid #d5dbe5;border-radius:6px;background:#fff;overflow:hidden;width:fit-content">
      <img src="${dataUrl(warning)}" style="display:block;max-width:${TILE.width - 50}px">
    </div>
  </div>`;
}

async function huaweiShots(h: Harness): Promise<void> {
  console.log('Huawei demo console:');
  const { page } = await runHuaweiDemo(h, (p, step) => quietReport(p, step));
  await page.evaluate(() => (location.hash = '#/website'));
  await waitForRoute(page, 'website');
  await besidePanelSize(page, SCREEN);
  await settledWarnings(page);
  await scrollToFirstWarning(page, FIRST_WARNING_AT);
  const panel = await openPanel(h, page, SCREEN.height);
  write(STORE_IMAGES.huawei, await consoleBesidePanel(h, page, panel, SCREEN));
  const warning = await firstWarningCut(page);

  await page.evaluate(() => (location.hash = '#/upload'));
  await waitForRoute(page, 'upload');
  await page.bringToFront();
  await page.evaluate(() => window.scrollTo(0, 0));
  await scrollPanelToChecklist(panel);
  write(STORE_IMAGES.checklist, await consoleBesidePanel(h, page, panel, SCREEN));
  await panel.close();

  write(STORE_IMAGES.promo, await compose(h, promoTile(warning), TILE));
}

async function aliyunShot(h: Harness): Promise<void> {
  console.log('Aliyun demo console:');
  await runAliyunDemo(h, (p, step) => quietReport(p, step));
  const page = h.context.pages().find((p) => p.url().startsWith('https://beian.aliyun.com/'))!;
  await page.waitForFunction(() => location.hash === '#/website');
  await besidePanelSize(page, SCREEN);
  await settledWarnings(page);
  await scrollToFirstWarning(page, FIRST_WARNING_AT);
  const panel = await openPanel(h, page, SCREEN.height);
  write(STORE_IMAGES.aliyun, await consoleBesidePanel(h, page, panel, SCREEN));
  await panel.close();
}

/** One run of all the shots in a fresh browser. */
async function shoot(): Promise<void> {
  const h = await launch({ headless: true });
  try {
    await huaweiShots(h);
    await aliyunShot(h);
    const leaked = h.requests.filter((r) => r.outcome === 'aborted').length;
    if (leaked > 0) throw new Error(`${leaked} external request(s) attempted during the shots`);
  } finally {
    await h.close();
  }
}

async function main(): Promise<void> {
  ensureBuilds({ stale: true });
  mkdirSync(STORE_DIR, { recursive: true });
  try {
    await shoot();
  } catch (error) {
    // On a loaded machine the scripted walk has missed a step (seen once: 下一步 on 填写主体信息
    // did not reach the next step, at a load of 13 on 2 cores). Once more, from scratch; a second
    // failure is a real one.
    console.warn(`The shots failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); once more from the start.`);
    await shoot();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
