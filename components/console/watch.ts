/**
 * Change detection for a single-page console: DOM events, a debounced
 * MutationObserver, route changes, and a light re-read for values filled without events
 * (OCR, carry-over). The re-read runs only while the tab is visible and only for a while
 * after the last sign of activity, so an idle tab costs nothing. Everything is torn down
 * with the content-script context.
 */
import { inOwnHost, isOwnHost } from '../inline/host';

/** The parts of WXT's ContentScriptContext the watcher needs (tests may pass the real one). */
export interface WatchContext {
  onInvalidated(cb: () => void): () => void;
  readonly isValid: boolean;
}

export interface WatchOptions {
  /**
   * Called after a change. `input` = the user typed or changed a value (input/change
   * events; `target` is the control): worth answering at once; the other reasons may be
   * coalesced. `blur` = focus left a control (some components commit their value then);
   * like `poll`, it changes values, not which fields are on screen.
   */
  readonly onChange: (reason: 'input' | 'blur' | 'event' | 'mutation' | 'route' | 'poll', target?: Element) => void;
  /**
   * Called at once (not debounced) when elements of the page were added or removed: the
   * fields on screen may have changed. Until then a read may take the layout as it was.
   */
  readonly onStructureChange?: () => void;
  readonly mutationDebounceMs?: number;
  readonly pollMs?: number;
  /** How many re-reads after the last activity before the poll sleeps. */
  readonly pollBudget?: number;
}

const HISTORY_HOOK = Symbol.for('beian-precheck.history-hook');

type HistoryMethod = 'pushState' | 'replaceState';

/**
 * Wraps history.pushState/replaceState once per window and fans the calls out to
 * listeners. In a browser the content script's world has its own `history` wrapper, so
 * this sees only same-world calls; the Navigation API (Chrome) and the DOM observer
 * cover the page's own route changes.
 */
function hookHistory(win: Window, listener: () => void): () => void {
  const holder = win.history as History & { [HISTORY_HOOK]?: Set<() => void> };
  let listeners = holder[HISTORY_HOOK];
  if (!listeners) {
    const set = new Set<() => void>();
    listeners = set;
    for (const method of ['pushState', 'replaceState'] as HistoryMethod[]) {
      const original = holder[method];
      holder[method] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        for (const l of [...set]) l();
        return result;
      };
    }
    holder[HISTORY_HOOK] = set;
  }
  listeners.add(listener);
  return () => listeners!.delete(listener);
}

export function watchPage(ctx: WatchContext, doc: Document, options: WatchOptions): () => void {
  const win = doc.defaultView ?? window;
  const debounceMs = options.mutationDebounceMs ?? 250;
  const pollMs = options.pollMs ?? 1500;
  const pollBudget = options.pollBudget ?? 20;
  const abort = new AbortController();
  const signal = abort.signal;
  let mutationTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let pollsLeft = pollBudget;
  // Typing is read as it happens; a poll in the middle of it would only read it again.
  let typedSincePoll = false;
  let lastHref = win.location.href;
  let stopped = false;

  const fire = (reason: Parameters<WatchOptions['onChange']>[0], target?: Element) => {
    if (stopped || !ctx.isValid) return;
    options.onChange(reason, target);
  };

  const stopPoll = () => {
    if (pollTimer !== undefined) clearInterval(pollTimer);
    pollTimer = undefined;
  };
  const poll = () => {
    if (doc.visibilityState === 'hidden' || pollsLeft <= 0) {
      stopPoll();
      return;
    }
    if (typedSincePoll) {
      typedSincePoll = false;
      return;
    }
    pollsLeft -= 1;
    if (win.location.href !== lastHref) {
      lastHref = win.location.href;
      fire('route');
    } else fire('poll');
  };
  /** Any activity re-arms the bounded re-read. */
  const arm = () => {
    pollsLeft = pollBudget;
    if (pollTimer === undefined && doc.visibilityState !== 'hidden' && !stopped) pollTimer = setInterval(poll, pollMs);
  };

  const onEvent = (event: Event) => {
    const target = event.target;
    // Events from inside our hosts' shadow roots reach the document retargeted to the host.
    if (target instanceof Element && inOwnHost(target)) return;
    arm();
    if (event.type === 'input' || event.type === 'change') {
      typedSincePoll = true;
      fire('input', target instanceof Element ? target : undefined);
    } else fire(event.type === 'blur' ? 'blur' : 'event');
  };
  for (const type of ['input', 'change', 'blur', 'click']) doc.addEventListener(type, onEvent, { capture: true, signal });

  const onRoute = () => {
    lastHref = win.location.href;
    arm();
    fire('route');
  };
  win.addEventListener('hashchange', onRoute, { signal });
  win.addEventListener('popstate', onRoute, { signal });
  const unhookHistory = hookHistory(win, () => queueMicrotask(onRoute));
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // Same-document navigations of the page itself (pushState from the page's world).
    navigation.addEventListener('navigatesuccess', () => onRoute(), { signal });
  }

  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'hidden') stopPoll();
      else {
        arm();
        fire('poll');
      }
    },
    { signal },
  );

  // A document's observer never sees inside a shadow root, and our hosts have no light-DOM
  // content: a record is ours when its node is a host itself. No walk up the tree for each of
  // the many records a console's re-render makes on every key press.
  const isOwn = (node: Node | null) => isOwnHost(node);
  const observer = new MutationObserver((records) => {
    let relevant = false;
    let structural = false;
    for (const r of records) {
      if (isOwn(r.target) || (r.target.nodeType === 3 && isOwn(r.target.parentElement))) continue;
      if (r.type !== 'childList') {
        relevant = true;
        continue;
      }
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (nodes.length === 0 || nodes.some((n) => !isOwn(n))) {
        relevant = structural = true;
        break;
      }
    }
    if (!relevant) return;
    if (structural) options.onStructureChange?.();
    if (mutationTimer !== undefined) clearTimeout(mutationTimer);
    mutationTimer = setTimeout(() => {
      mutationTimer = undefined;
      arm();
      if (win.location.href !== lastHref) {
        lastHref = win.location.href;
        fire('route');
      } else fire('mutation');
    }, debounceMs);
  });
  observer.observe(doc.documentElement ?? doc, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'value', 'title', 'style', 'hidden', 'disabled', 'checked', 'aria-checked', 'aria-current'],
  });

  arm();

  const stop = () => {
    if (stopped) return;
    stopped = true;
    abort.abort();
    observer.disconnect();
    unhookHistory();
    stopPoll();
    if (mutationTimer !== undefined) clearTimeout(mutationTimer);
  };
  const removeInvalidated = ctx.onInvalidated(stop);
  return () => {
    removeInvalidated();
    stop();
  };
}
