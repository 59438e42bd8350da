/**
 * The rules run in place, in the same task as the read: what the adapter tests use (and
 * what a page without a background could use). It posts the whole TabState the way the
 * background stores it, at most once per frame and per `postIntervalMs`.
 * The extension's content script does not import this module: its bundle carries no rules
 * (judgePage reaches the page in entrypoints/page-engine.ts, loaded later).
 */
import type { PageState, StateMessage, TabState } from '../messaging/protocol';
import { createEngine } from '../../rules/engine/engine';
import type { RuleCatalog, RuleLogic } from '../../rules/engine/run';
import { currentRuleId } from '../../rules/renames';
import type { RulesEngine } from './remote';
import { nextFrame } from '../console/frame';

export interface LocalEngineOptions {
  /** The rules with their words (texts, sources), or their logic plus a `catalog` of words. */
  readonly rules: readonly RuleLogic[];
  readonly catalog?: RuleCatalog;
  readonly post?: (message: StateMessage) => Promise<unknown> | void;
  /** Throttle for posting state; defaults to requestAnimationFrame with a timeout fallback. */
  readonly frame?: (cb: () => void) => void;
  /** Least time between two state posts (default 0: once per frame). */
  readonly postIntervalMs?: number;
}

/**
 * Judges a content script's read with every rule not switched off: the TabState the side
 * panel renders. Each judge is an engine of its own (createEngine): what it keeps between
 * runs (plans, input tapes, outcomes) belongs to one form being typed, so the background
 * makes one per tab and two console tabs never share cached inputs. `catalog` (the rules'
 * words) can be shared: it does not depend on the form.
 */
export function judgePage(rules: readonly RuleLogic[], catalog?: RuleCatalog): (page: PageState) => TabState {
  const engine = createEngine(rules, { catalog });
  return (page) => {
    const { today, disabledRules, ...rest } = page;
    // Ids stored before a rule was renamed switch the renamed rule off (the content script sends them as stored).
    return { ...rest, result: engine.without(disabledRules.map(currentRuleId)).run(page.form, { today, provider: page.provider }) };
  };
}

export function localEngine(options: LocalEngineOptions): RulesEngine {
  const judge = judgePage(options.rules, options.catalog);
  const frame = options.frame ?? nextFrame;
  const interval = options.postIntervalMs ?? 0;
  let pending: TabState | undefined;
  let lastPostAt = Number.NEGATIVE_INFINITY;
  let stopped = false;

  const send = () => {
    const state = pending;
    pending = undefined;
    if (!state || stopped || !options.post) return;
    lastPostAt = performance.now();
    void options.post({ type: 'state', state });
  };
  const post = (state: TabState) => {
    const scheduled = pending !== undefined;
    pending = state;
    if (scheduled) return;
    const wait = lastPostAt + interval - performance.now();
    if (wait > 0) setTimeout(() => frame(send), wait);
    else frame(send);
  };

  return {
    run(page, done) {
      if (stopped) return;
      const state = judge(page);
      done(state.result.findings);
      post(state);
    },
    stop() {
      stopped = true;
    },
  };
}
