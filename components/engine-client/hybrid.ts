/**
 * The rules for the inline warnings, where they answer fastest. The content script starts
 * small (no rules in its bundle): its first read goes to the background, and right after that
 * task it takes up the rules in the page (entrypoints/page-engine.ts, run as a content script
 * of its own right after the console's, so they are there by then). Whichever answers the
 * first read first is shown: the rules in the page, once taken up, judge a read the background
 * has not answered yet. From then on a key press is judged in the same task that
 * read it, so the warning changes before the console paints its next frame, with no message
 * to another process and back (a round trip costs far more than judging in place; `npm run
 * bench` measures both).
 *
 * The background still judges the page for the side panel and its per-tab state: it gets
 * the latest read at most once per `syncDelayMs`, and its answers are no longer shown. If
 * the rules cannot come (page-engine.js left no judge; see the content
 * script's loadJudge) or fail on a read, the background judges every read as before.
 */
import type { PageState } from '../messaging/protocol';
import type { Finding } from '../../rules/engine/run';
import type { RulesEngine } from './remote';

/** The rules in the page: a read's findings, at once. */
export type PageJudge = (page: PageState) => readonly Finding[];

export interface HybridEngineOptions {
  /** Judges in the background: every read until the rules are in the page, then the panel's copy. */
  readonly remote: RulesEngine;
  /** Brings the rules into the page; undefined when they cannot come. Called once, after the task of the first read. */
  readonly loadJudge: () => Promise<PageJudge | undefined>;
  /** Least time between two reads handed to the background once the page judges (default 100 ms). */
  readonly syncDelayMs?: number;
  /** Starts the loading after the task of the first read; defaults to a timeout of 0 (tests run it at once). */
  readonly later?: (cb: () => void) => void;
}

export const SYNC_DELAY_MS = 100;

export function hybridEngine(options: HybridEngineOptions): RulesEngine {
  const { remote, loadJudge } = options;
  const syncDelay = options.syncDelayMs ?? SYNC_DELAY_MS;
  const later = options.later ?? ((cb: () => void) => void setTimeout(cb, 0));
  let judge: PageJudge | undefined;
  let loading = false;
  let stopped = false;
  /** Increases with every run: a background answer is shown only while its run is the latest. */
  let generation = 0;
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  let unsynced: PageState | undefined;
  /** The run whose findings were shown last: a run is shown once, by whichever answers first. */
  let shownRun = 0;
  /** The latest read handed to the background before the rules were in the page, until it is answered. */
  let waiting: { page: PageState; done: (findings: readonly Finding[]) => void; run: number } | undefined;

  /** The rules have come: a read the background has not answered yet is judged here (it already has the read). */
  const judgeWaiting = () => {
    const read = waiting;
    waiting = undefined;
    if (!judge || !read || read.run !== generation || shownRun === read.run) return;
    try {
      const findings = judge(read.page);
      shownRun = read.run;
      read.done(findings);
    } catch {
      // A rule that throws in the page: the background judges from now on, this read included.
      judge = undefined;
    }
  };

  const load = () => {
    if (loading || stopped) return;
    loading = true;
    later(() => {
      loadJudge().then(
        (loaded) => {
          if (stopped) return;
          judge = loaded;
          judgeWaiting();
        },
        // The background keeps judging.
        () => undefined,
      );
    });
  };

  const sync = () => {
    syncTimer = undefined;
    const page = unsynced;
    unsynced = undefined;
    if (page && !stopped) remote.run(page, () => undefined);
  };

  const judgeRemotely = (page: PageState, done: (findings: readonly Finding[]) => void, run: number) => {
    waiting = { page, done, run };
    remote.run(page, (findings) => {
      if (run !== generation || stopped || shownRun === run) return;
      if (waiting?.run === run) waiting = undefined;
      shownRun = run;
      done(findings);
    });
    load();
  };

  return {
    run(page, done) {
      if (stopped) return;
      const run = ++generation;
      if (!judge) {
        judgeRemotely(page, done, run);
        return;
      }
      let findings: readonly Finding[];
      try {
        findings = judge(page);
      } catch {
        // A rule that throws in the page: the background judges from now on (it reports the failure).
        // Nothing of the read is logged: it holds personal data.
        judge = undefined;
        clearTimeout(syncTimer);
        syncTimer = undefined;
        unsynced = undefined;
        judgeRemotely(page, done, run);
        return;
      }
      shownRun = run;
      waiting = undefined;
      done(findings);
      unsynced = page;
      syncTimer ??= setTimeout(sync, syncDelay);
    },
    warm() {
      remote.warm?.();
    },
    stop() {
      stopped = true;
      clearTimeout(syncTimer);
      unsynced = undefined;
      remote.stop();
    },
  };
}

/**
 * Where entrypoints/page-engine.ts leaves its judge: a property of the content scripts'
 * global object, which the console's own scripts cannot see (Chrome's isolated world,
 * Firefox's content-script sandbox).
 */
export const PAGE_ENGINE_SLOT = '__beianPrecheckPageJudge';

/** The judge entrypoints/page-engine.ts left, if it ran. */
export function pageJudgeIn(global: object): PageJudge | undefined {
  const judge = (global as Record<string, unknown>)[PAGE_ENGINE_SLOT];
  return typeof judge === 'function' ? (judge as PageJudge) : undefined;
}
