/**
 * Longest task under hostile input, in Debian's Chromium: the Huawei demo console at its real
 * URL turned into the hostile page of test/e2e/hostile-page.test.ts (a page that replays the
 * "newer script started" event, defines the warnings' former tag, plants their attributes on
 * a field, shows a 「网站100000」 heading, an upload slot of 4,000 files, a 30,000-character value
 * and labels named constructor, __proto__ and toString), then typed into. The page's main thread
 * is traced from before the hostile changes until typing ends; the figure is its longest task
 * (`RunTask`, thread time), and the longest in which the extension's script ran. The same
 * session without the extension gives the page's own longest task, for reference.
 */
import type { Page } from 'playwright-core';
import { type } from '../e2e/console-driver';
import { launch, type Harness } from '../e2e/harness';
import { readWarnings } from '../e2e/inline-warnings';
import { claimOldHostTag, forgeHostAttributes, plantHugeText, recordMessages, replayScriptStarted } from '../e2e/hostile-console';
import { startTrace } from './browser';
import { longestTasksMs } from './trace';

export interface HostileFigures {
  /** Key presses typed on the hostile page. */
  readonly keys: number;
  /** With the extension: the longest task of the page's main thread, and the longest with the extension's script in it, ms. */
  readonly longestTaskMs: number;
  readonly longestExtensionTaskMs: number;
  /** The same session without the extension: the page's own longest task, ms. */
  readonly withoutLongestTaskMs: number;
  /** Whether the extension warned on the hostile page (the mistake typed: same mobile and emergency phone). */
  readonly warned: boolean;
}

const MOBILE = '13800000001';

/** The hostile page, typed into: the mobile, the same number as the emergency phone (a warning), then another. */
async function hostileSession(h: Harness): Promise<{ keys: number; longest: { all: number; withScript: number }; warned: boolean }> {
  await h.context.addInitScript(recordMessages);
  await h.context.addInitScript(claimOldHostTag);
  const page: Page = await h.openConsole('#/subject');
  // Let start-up settle (catalog, settings, first read) before measuring.
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp, ['toplevel']);
  if (h.extensionId) await replayScriptStarted(page, h.extensionId);
  await forgeHostAttributes(page);
  await plantHugeText(page);
  const block = page.locator('.principal-block').first();
  await type(block, '手机号码', MOBILE);
  await type(block, '应急联系电话', MOBILE);
  await page.waitForTimeout(600);
  // Read after the trace ends would be cleaner, but the warning is gone by then: read it here
  // (over CDP; the time it takes falls outside the page's tasks).
  const warned = (await readWarnings(page)).some((w) => w.field === 'subject.principal.emergencyPhone');
  await type(block, '应急联系电话', '13900000002');
  await page.waitForTimeout(600);
  const events = await trace();
  await cdp.detach();
  const keys = 3 * (MOBILE.length + 2); // three numbers typed, each after Control+A and Backspace
  return { keys, longest: longestTasksMs(events, `chrome-extension://${h.extensionId ?? 'none'}/`), warned };
}

export async function measureHostile(): Promise<HostileFigures> {
  const bare = await launch({ extension: false });
  let without: Awaited<ReturnType<typeof hostileSession>>;
  try {
    without = await hostileSession(bare);
  } finally {
    await bare.close();
  }
  const h = await launch();
  try {
    const run = await hostileSession(h);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      keys: run.keys,
      longestTaskMs: round(run.longest.all),
      longestExtensionTaskMs: round(run.longest.withScript),
      withoutLongestTaskMs: round(without.longest.all),
      warned: run.warned,
    };
  } finally {
    await h.close();
  }
}
