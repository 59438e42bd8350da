import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageState } from '../messaging/protocol';
import { pageWithMobile } from '../../test/support/page-state';
import type { Finding } from '../../rules/engine/run';
import type { RulesEngine } from './remote';
import { hybridEngine, PAGE_ENGINE_SLOT, pageJudgeIn, SYNC_DELAY_MS, type PageJudge } from './hybrid';

const page = pageWithMobile;
const mobileOf = (p: PageState) => p.form.subject?.principal?.mobile;
/** One finding per read, naming the mobile it saw: which read a shown finding belongs to. */
const findingFor = (p: PageState, by: string) => [{ ruleId: `national/${by}`, field: mobileOf(p) }] as unknown as readonly Finding[];

/** The background engine: records each run, answers when told. */
function fakeRemote() {
  const runs: { page: PageState; done: (findings: readonly Finding[]) => void }[] = [];
  const engine: RulesEngine & { stopped: boolean } = {
    stopped: false,
    run: (p, done) => void runs.push({ page: p, done }),
    warm: vi.fn(),
    stop() {
      this.stopped = true;
    },
  };
  const answer = (i: number) => runs[i]!.done(findingFor(runs[i]!.page, 'remote'));
  return { engine, runs, answer };
}

/** A loader the test resolves: the rules arriving in the page. */
function deferredLoader() {
  let resolve!: (judge: PageJudge | undefined) => void;
  let reject!: (error: unknown) => void;
  const loadJudge = vi.fn(() => new Promise<PageJudge | undefined>((res, rej) => ((resolve = res), (reject = rej))));
  return { loadJudge, arrive: (judge: PageJudge | undefined) => resolve(judge), fail: (error: unknown) => reject(error) };
}

const localJudge: PageJudge = (p) => findingFor(p, 'local');
const shownBy = (shown: (readonly Finding[])[]) => shown.map((f) => `${f[0]!.ruleId.slice('national/'.length)}:${f[0]!.field}`);

describe('hybrid engine: the background for the first reads, then the rules in the page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** An engine, its background and its loader; `run` shows each answer in `shown`. */
  function setup() {
    const remote = fakeRemote();
    const loader = deferredLoader();
    const engine = hybridEngine({ remote: remote.engine, loadJudge: loader.loadJudge, later: (cb) => cb() });
    const shown: (readonly Finding[])[] = [];
    const run = (mobile: string) => engine.run(page(mobile), (f) => shown.push(f));
    return { remote, loader, engine, shown, run };
  }

  /** Settles the loader (`settle`: the rules arrive or fail) and lets the engine take it in. */
  async function arrived(settle: () => void) {
    settle();
    await vi.advanceTimersByTimeAsync(0);
  }

  async function loaded() {
    const s = setup();
    s.run('1');
    s.remote.answer(0);
    await arrived(() => s.loader.arrive(localJudge));
    return s;
  }

  it('hands the first read to the background and takes up the rules right after; until they arrive, the background judges', () => {
    const { remote, loader, shown, run } = setup();
    run('1');
    expect(remote.runs.map((r) => mobileOf(r.page))).toEqual(['1']);
    expect(loader.loadJudge).toHaveBeenCalledTimes(1);
    remote.answer(0);
    expect(shownBy(shown)).toEqual(['remote:1']);
    run('2');
    remote.answer(1);
    expect(shownBy(shown)).toEqual(['remote:1', 'remote:2']);
    expect(loader.loadJudge).toHaveBeenCalledTimes(1);
  });

  it('shows the first read once, from the rules in the page when they arrive before the background answers', async () => {
    const { remote, loader, shown, run } = setup();
    run('1');
    await arrived(() => loader.arrive(localJudge));
    expect(shownBy(shown)).toEqual(['local:1']);
    // The background has the read (for the panel); its answer is not shown again.
    remote.answer(0);
    expect(shownBy(shown)).toEqual(['local:1']);
  });

  it('once the rules are in the page, answers in the same call and hands the background the latest read once per burst', async () => {
    const { remote, shown, run } = await loaded();
    const runsBefore = remote.runs.length;
    for (const mobile of ['2', '3', '4']) run(mobile);
    expect(shownBy(shown)).toEqual(['remote:1', 'local:2', 'local:3', 'local:4']);
    expect(remote.runs.length).toBe(runsBefore);
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(remote.runs.slice(runsBefore).map((r) => mobileOf(r.page))).toEqual(['4']);
    // The background's answer is for the panel: it is not shown again.
    remote.answer(remote.runs.length - 1);
    expect(shown.length).toBe(4);
  });

  it('never shows a background answer that a newer read in the page has overtaken', async () => {
    const { remote, loader, shown, run } = setup();
    run('1');
    remote.answer(0);
    run('2'); // still in the background, unanswered
    await arrived(() => loader.arrive(localJudge));
    run('3');
    remote.answer(1); // the answer for read 2 arrives late
    // Read 2 was judged in the page as the rules arrived.
    expect(shownBy(shown)).toEqual(['remote:1', 'local:2', 'local:3']);
  });

  it('goes back to the background for good when the rules in the page throw', async () => {
    const { remote, loader, shown, run } = setup();
    run('1');
    remote.answer(0);
    await arrived(() =>
      loader.arrive(() => {
        throw new Error('a rule failed');
      }),
    );
    for (const [i, mobile] of ['2', '3'].entries()) {
      run(mobile);
      remote.answer(i + 1);
    }
    expect(shownBy(shown)).toEqual(['remote:1', 'remote:2', 'remote:3']);
    expect(loader.loadJudge).toHaveBeenCalledTimes(1);
  });

  it('leaves a waiting read to the background when the rules in the page throw on it', async () => {
    const { remote, loader, shown, run } = setup();
    run('1');
    await arrived(() =>
      loader.arrive(() => {
        throw new Error('a rule failed');
      }),
    );
    expect(shown).toEqual([]);
    remote.answer(0);
    expect(shownBy(shown)).toEqual(['remote:1']);
  });

  it('keeps the background when the rules cannot come', async () => {
    const { remote, loader, shown, run } = setup();
    run('1');
    remote.answer(0);
    await arrived(() => loader.fail(new Error('import failed')));
    run('2');
    remote.answer(1);
    expect(shownBy(shown)).toEqual(['remote:1', 'remote:2']);
  });

  it('stops everything: no run, no pending hand-over to the background', async () => {
    const { remote, engine, shown, run } = await loaded();
    run('2');
    const runsBefore = remote.runs.length;
    engine.stop();
    run('3');
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS * 2);
    expect(remote.runs.length).toBe(runsBefore);
    expect(remote.engine.stopped).toBe(true);
    expect(shownBy(shown)).toEqual(['remote:1', 'local:2']);
  });
});

describe('pageJudgeIn', () => {
  it('finds the judge page-engine.js left, and nothing else', () => {
    expect(pageJudgeIn({ [PAGE_ENGINE_SLOT]: localJudge })).toBe(localJudge);
    expect(pageJudgeIn({})).toBeUndefined();
    expect(pageJudgeIn({ [PAGE_ENGINE_SLOT]: 'not a function' })).toBeUndefined();
  });
});
