/**
 * The content script's loop, without WXT entry glue so tests can drive it:
 * page change → read (adapter) → merge (order model) → run the rules → inline warnings
 * + a TabState posted to the background (at most once per animation frame).
 * Also answers the side panel (focus a field, take the user's answers).
 */
import type { AdapterHealth, PanelToContent, Settings, StateMessage, TabState } from '../../components/protocol';
import { DEFAULT_SETTINGS } from '../../components/protocol';
import { describe, describeRules, evaluate as evaluateRules, type Finding, type RuleCatalog, type RuleLogic } from '../../rules/engine/run';
import type { Lang, Rule } from '../../rules/engine/types';
import { readPage, type PageRead } from './adapter';
import { OrderModel, orderKeyFromUrl } from './order';
import { watchPage, type WatchContext } from './watch';

/** The contract of components/inline-warnings.tsx (built by the UI helper). */
export interface InlineWarnings {
  update(input: { readonly anchors: Map<string, Element>; readonly findings: readonly Finding[]; readonly lang: Lang }): void;
  destroy(): void;
}

export interface AdapterDeps {
  readonly ctx: WatchContext;
  readonly doc: Document;
  /**
   * The rules to run. The content-script bundle carries only their logic (the build
   * strips texts and sources); their words come from `catalog`.
   */
  readonly rules: readonly RuleLogic[];
  /** The rules' words, from the background; when absent the rules must carry their own texts (tests). */
  readonly catalog?: () => RuleCatalog | undefined;
  readonly post: (message: StateMessage) => Promise<unknown> | void;
  readonly inline?: InlineWarnings;
  /** Local date YYYY-MM-DD; the rules never read the clock themselves. */
  readonly today?: () => string;
  /** Throttle for re-reads and for posting state; defaults to requestAnimationFrame with a timeout fallback (hidden tabs get no frames). */
  readonly frame?: (cb: () => void) => void;
  readonly watch?: { mutationDebounceMs?: number; pollMs?: number; pollBudget?: number } | false;
  /**
   * Least time between two state posts to the background (default 0: once per frame;
   * the content script uses 200 ms). The inline
   * warnings answer every key press; the side panel need not: each post copies the whole
   * state (~40 KB of JSON) across processes, which would cost more than the rules.
   */
  readonly postIntervalMs?: number;
}

export interface AdapterRuntime {
  /** Reads and evaluates now; returns the state (also posted). */
  evaluate(): TabState;
  handle(message: PanelToContent): void;
  setSettings(settings: Settings): void;
  readonly order: OrderModel;
  lastRead(): PageRead | undefined;
  anchors(): ReadonlyMap<string, Element>;
  stop(): void;
}

export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const isContextGone = (error: unknown) => /context invalidated/i.test(String((error as { message?: unknown })?.message ?? error));

function defaultFrame(cb: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cb();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
  setTimeout(once, 250);
}

/** The anchor of a field, else of its closest parent field (`websites[0].domains[1]` → `websites[0].domains`). */
export function anchorOf(anchors: ReadonlyMap<string, Element>, field: string): Element | undefined {
  for (let id = field; id; id = id.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const el = anchors.get(id);
    if (el) return el;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(id)) break;
  }
  return undefined;
}

export function startAdapter(deps: AdapterDeps): AdapterRuntime {
  const { ctx, doc } = deps;
  const order = new OrderModel();
  const today = deps.today ?? (() => localDate());
  const frame = deps.frame ?? defaultFrame;
  let settings: Settings = DEFAULT_SETTINGS;
  let read: PageRead | undefined;
  let signature = '';
  let lastAnchors: ReadonlyMap<string, Element> = new Map();
  let state: TabState | undefined;
  let pending: TabState | undefined;
  let stopped = false;
  let ownCatalog: RuleCatalog | undefined;
  const catalog = () => deps.catalog?.() ?? (ownCatalog ??= describeRules(deps.rules as readonly Rule[]));

  const postInterval = deps.postIntervalMs ?? 0;
  let lastPostAt = Number.NEGATIVE_INFINITY;
  const post = (next: TabState) => {
    const scheduled = pending !== undefined;
    pending = next;
    if (scheduled) return;
    const wait = lastPostAt + postInterval - performance.now();
    if (wait > 0) setTimeout(() => frame(send), wait);
    else frame(send);
  };
  const send = () => {
    {
      const message = pending;
      pending = undefined;
      if (!message || stopped || !ctx.isValid) return;
      lastPostAt = performance.now();
      try {
        const result = deps.post({ type: 'state', state: message });
        if (result && typeof (result as Promise<unknown>).catch === 'function') {
          (result as Promise<unknown>).catch((error: unknown) => {
            if (isContextGone(error)) stop();
          });
        }
      } catch (error) {
        if (isContextGone(error)) stop();
        else throw error;
      }
    }
  };

  // The same array while the settings stay the same: the engine keeps its per-scope plans per rule list.
  let enabled: { key: readonly string[]; rules: readonly RuleLogic[] } | undefined;
  const enabledRules = () => {
    if (enabled?.key !== settings.disabledRules) {
      const disabled = new Set(settings.disabledRules);
      enabled = { key: settings.disabledRules, rules: disabled.size === 0 ? deps.rules : deps.rules.filter((r) => !disabled.has(r.id)) };
    }
    return enabled.rules;
  };

  const sameAnchors = (a: ReadonlyMap<string, Element>, b: ReadonlyMap<string, Element>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

  const evaluate = (force = false): TabState => {
    if (stopped) return state!;

    order.setOrderKey(orderKeyFromUrl(doc.location?.href ?? 'about:blank'));
    read = readPage(doc);
    order.merge(read);
    const form = order.form();
    const health: AdapterHealth = { expected: read.expected, missing: read.expected.filter((id) => !read!.found.has(id)) };
    const sig = JSON.stringify([read.step, form, health, settings.lang, settings.disabledRules, today()]);
    if (!force && state && sig === signature && sameAnchors(read.anchors, lastAnchors)) return state;
    signature = sig;
    lastAnchors = read.anchors;
    const raw = evaluateRules(form, { today: today(), rules: enabledRules() });
    const result = describe(raw, catalog());
    state = { console: 'huawei', step: read.step, form, result, health, updatedAt: performance.timeOrigin + performance.now() };
    if (deps.inline) {
      // A finding may name a finer field than the page has a control for (`…domains[1]`): it sits by the closest one.
      const anchors = new Map(read.anchors);
      for (const finding of result.findings) {
        const anchor = anchors.has(finding.field) ? undefined : anchorOf(read.anchors, finding.field);
        if (anchor) anchors.set(finding.field, anchor);
      }
      deps.inline.update({ anchors, findings: result.findings, lang: settings.lang });
    }
    post(state);
    return state;
  };

  const focusField = (field: string) => {
    if (!read) evaluate();
    const anchor = anchorOf(read!.anchors, field);
    if (!anchor) return;
    const focusable = (anchor.matches('input, textarea, select, button, [tabindex]') ? anchor : anchor.querySelector('input:not([type="hidden"]), textarea, select, button, [tabindex]')) as HTMLElement | null;
    (anchor as HTMLElement).scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    focusable?.focus({ preventScroll: true });
    const el = anchor as HTMLElement;
    if (!el.style) return;
    const previous = el.style.outline;
    el.style.outline = '2px solid #f59e0b';
    const ours = el.style.outline; // as the browser serialises it
    setTimeout(() => {
      if (el.style.outline === ours) el.style.outline = previous;
    }, 1500);
  };

  const handle = (message: PanelToContent) => {
    switch (message.type) {
      case 'focus-field':
        focusField(message.field);
        break;
      case 'set-declarations':
        order.setDeclarations(message.declarations);
        evaluate(true);
        break;
      case 'set-principal-flags':
        order.setPrincipalFlag(message.field, message.isLegalRepresentative);
        evaluate(true);
        break;
    }
  };

  // Typing is answered in the same task, so the warning changes before the next frame is
  // painted. Other changes (clicks, DOM mutations, polls) are coalesced: however many
  // arrive within a frame, the page is read once, and not at all when a typed change
  // has read it since.
  let queued = false;
  let readsSinceQueued = 0;
  const requestEvaluate = () => {
    if (queued) return;
    queued = true;
    readsSinceQueued = 0;
    frame(() => {
      queued = false;
      if (!stopped && ctx.isValid && readsSinceQueued === 0) evaluate();
    });
  };
  const onChange = (reason: Parameters<Parameters<typeof watchPage>[2]['onChange']>[0]) => {
    if (reason !== 'input') return requestEvaluate();
    if (stopped || !ctx.isValid) return;
    evaluate();
    readsSinceQueued += 1;
  };
  const stopWatching = deps.watch === false ? () => undefined : watchPage(ctx, doc, { ...(deps.watch ?? {}), onChange });

  function stop() {
    if (stopped) return;
    stopped = true;
    stopWatching();
    deps.inline?.destroy();
  }
  ctx.onInvalidated(stop);

  return {
    evaluate: () => evaluate(true),
    handle,
    setSettings(next) {
      settings = next;
      evaluate(true);
    },
    order,
    lastRead: () => read,
    anchors: () => read?.anchors ?? new Map(),
    stop,
  };
}
