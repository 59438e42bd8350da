/**
 * `npm run demo`: the extension at work on the demo console.
 *
 * Builds the extension and the demo console when missing or older than their sources, starts
 * Debian's Chromium with the extension (headed when DISPLAY is set, else headless), serves the
 * demo console at https://console.huaweicloud.com/beian/, types a sample filing with typical
 * mistakes step by step, prints the inline warnings the extension shows on each step (read from
 * its shadow roots) and saves screenshots to .output/demo/, and the README's two screenshots
 * (the side panel at 400 px, the inline warnings) to assets/screenshots/. All data is synthetic.
 * `npm run demo -- --console aliyun` does the same on the Aliyun demo console (aliyun.ts), without the
 * README's screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureBuilds, launch, ROOT } from '../e2e/harness';
import { waitForRoute } from '../e2e/console-driver';
import { settledWarnings } from '../e2e/inline-warnings';
import { ALIYUN_MISTAKES, runAliyunDemo } from './aliyun';
import { HUAWEI_MISTAKES, runHuaweiDemo } from './huawei';
import { openPanel, scrollToFirstWarning, settledText } from './shots';

const OUT = join(ROOT, '.output', 'demo');
/** `--console aliyun` (or `--console=aliyun`): the Aliyun demo console instead of Huawei's. */
const CONSOLE = (() => {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--console' || a.startsWith('--console='));
  const value = at < 0 ? 'huawei' : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  if (value !== 'huawei' && value !== 'aliyun') throw new Error(`--console must be huawei or aliyun, not ${value}`);
  return value;
})();

async function report(page: Page, step: string, shot: string): Promise<number> {
  const warnings = await settledWarnings(page);
  console.log(`\n── ${step}`);
  if (warnings.length === 0) console.log('   no inline warnings found (no [data-beian-precheck-field] hosts on this step)');
  for (const w of warnings) console.log(`   [${w.severity}] ${w.field}: ${w.message}`);
  // The sticky step bar would float mid-page in a full-page shot: unstick it for the shot only.
  await page.screenshot({ path: join(OUT, shot), fullPage: true, style: '.footer-bar { position: static !important; }' });
  console.log(`   screenshot: ${join('.output', 'demo', shot)}`);
  return warnings.length;
}

/** The README's screenshots: committed, so the README shows the current build (docs.test.ts checks the links). */
const SCREENSHOTS = join(ROOT, 'assets', 'screenshots');
/** The panel's shot: its top, with the verdict bar and the first findings. */
const README_PANEL_HEIGHT = 720;
/** The console's shot: the 填写网站信息 step with its first warnings. */
const README_CONSOLE = { width: 960, height: 640 };

async function readmeScreenshots(page: Page, panel: Page): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.bringToFront();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await settledText(panel);
  await panel.screenshot({ path: join(SCREENSHOTS, 'panel.png') });
  await page.setViewportSize(README_CONSOLE);
  await settledWarnings(page);
  await scrollToFirstWarning(page, 390);
  await page.screenshot({ path: join(SCREENSHOTS, 'inline-warnings.png') });
  console.log(`README screenshots: ${relative(ROOT, join(SCREENSHOTS, 'panel.png'))}, ${relative(ROOT, join(SCREENSHOTS, 'inline-warnings.png'))}`);
}

async function main(): Promise<void> {
  ensureBuilds({ stale: true });
  mkdirSync(OUT, { recursive: true });
  const headed = Boolean(process.env.DISPLAY);
  const aliyun = CONSOLE === 'aliyun';
  console.log(
    `Beian Precheck demo — Chromium ${headed ? 'headed' : 'headless'} with the extension, demo console at ${aliyun ? 'https://beian.aliyun.com/pcContainer/' : 'https://console.huaweicloud.com/beian/'}`,
  );
  console.log('Planted mistakes:');
  for (const m of aliyun ? ALIYUN_MISTAKES : HUAWEI_MISTAKES) console.log(`   • ${m}`);

  const h = await launch({ headless: !headed, slowMo: headed ? 40 : undefined });
  let total = 0;
  try {
    if (aliyun) {
      total += await runAliyunDemo(h, report);
      const page = h.context.pages().find((p) => p.url().startsWith('https://beian.aliyun.com/'))!;
      await page.waitForFunction(() => location.hash === '#/website');
      const panel = await h.openSidePanel(page);
      await panel.waitForTimeout(2_000);
      await panel.screenshot({ path: join(OUT, 'aliyun-5-sidepanel.png'), fullPage: true });
      console.log(`\nSide panel page (for the 填写网站信息 step): ${join('.output', 'demo', 'aliyun-5-sidepanel.png')}`);
      console.log(`\n${total} inline warning(s) seen in all. External requests attempted: ${h.requests.filter((r) => r.outcome === 'aborted').length}.`);
      return;
    }
    const walk = await runHuaweiDemo(h, report);
    const page = walk.page;
    total += walk.total;

    // The panel shows the active tab's results: open it, then put the console back in front.
    await page.evaluate(() => (location.hash = '#/website'));
    await waitForRoute(page, 'website');
    const panel = await openPanel(h, page, README_PANEL_HEIGHT);
    await panel.screenshot({ path: join(OUT, '5-sidepanel.png'), fullPage: true });
    console.log(`\nSide panel page (for the 填写网站信息 step): ${join('.output', 'demo', '5-sidepanel.png')}`);
    await readmeScreenshots(page, panel);

    console.log(`\n${total} inline warning(s) seen in all. External requests attempted: ${h.requests.filter((r) => r.outcome === 'aborted').length}.`);
    if (headed && process.stdin.isTTY) {
      console.log('Press Enter to close the browser.');
      await new Promise((resolve) => process.stdin.once('data', resolve));
    }
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
