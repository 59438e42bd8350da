/**
 * A console's content-script loop, without WXT entry glue (content-script.ts) so tests
 * can drive it: page change (watch.ts) → read (read-page.ts) → merge (order-model.ts) →
 * the rules engine (components/engine-client: the background, then the rules
 * in the page) → inline warnings. The background keeps the TabState for the side panel.
 * Also answers the side panel (focus a field, take the user's answers).
 */
import type { Finding } from '../../rules/engine/run';
import type { RulesEngine } from '../engine-client/remote';
import type { InlineWarnings } from '../inline/inline-warnings';
import { localDate } from '../local-date';
import { diffPage } from '../messaging/page-changes';
import type { AdapterHealth, PageState, PanelToContent, Settings } from '../messaging/protocol';
import type { TaughtFields } from '../messaging/taught';
import type { TaughtReading } from './read-page';
import { DEFAULT_SETTINGS } from '../messaging/protocol';
import type { ConsoleDefinition } from './define-console';
import { nextFrame } from './frame';
import { OrderModel } from './order-model';
import { missingFields, readPage, type PageRead } from './read-page';
import { watchPage, type WatchContext } from './watch';

export type { InlineWarnings } from '../inline/inline-warnings';

export interface ConsoleDeps {
  readonly ctx: WatchContext;
  readonly doc: Document;
  /** Judges each read: the background's engine in the extension, a local one in tests. */
  readonly engine: RulesEngine;
  readonly inline?: InlineWarnings;
  /** Local date YYYY-MM-DD; the rules never read the clock themselves. */
  readonly today?: () => string;
  /** Coalescing of re-reads; defaults to requestAnimationFrame with a timeout fallback (hidden tabs get no frames). */
  readonly frame?: (cb: () => void) => void;
  readonly watch?: { mutationDebounceMs?: number; pollMs?: number; pollBudget?: number } | false;
  /**
   * The user's settings, still loading. The page is read and judged meanwhile; warnings are
   * shown once the settings are known (their language), never for a rule switched off.
   * Absent: the defaults until setSettings() is called (tests).
   */
  readonly settings?: Promise<Settings>;
  /**
   * Whether the console's form may be in another frame of the tab (frames.ts
   * formMayBeElsewhere): then reads that find nothing are not handed on until one finds a
   * field or a step, so an empty frame never replaces the form frame's state. Absent: never.
   */
  readonly formMayBeElsewhere?: () => boolean;
  /** The panel asked to teach `field` (a field id; `label`: its name for the hint bar): picking mode on the page (components/console/teach.ts). */
  readonly onTeach?: (field: string, label?: string) => void;
  /** What reads the taught fields (taught.ts `taughtItems`, left by page-engine.js), if it ran: without it they are not read. */
  readonly taughtReader?: () => TaughtReading['items'] | undefined;
}

export interface ConsoleRuntime {
  /** Reads now and hands the read to the engine. */
  evaluate(): void;
  handle(message: PanelToContent): void;
  setSettings(settings: Settings): void;
  /** The fields the user taught on this console (components/console/taught.ts): the page is read again with them. */
  setTaught(fields: TaughtFields): void;
  /** The language of the user's settings (the defaults' until they are known). */
  lang(): Settings['lang'];
  readonly order: OrderModel;
  lastRead(): PageRead | undefined;
  anchors(): ReadonlyMap<string, Element>;
  stop(): void;
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

/** Reads at the next frame while the page has not shown its form yet (startConsole's onStructureChange). */
const EAGER_READS = 60;

/** A read that found a field of the form (the order type alone comes from the page title). */
const showsForm = (read: PageRead) => [...read.found].some((id) => id !== 'filingType');

export function startConsole(def: ConsoleDefinition, deps: ConsoleDeps): ConsoleRuntime {
  const { ctx, doc, engine } = deps;
  const order = new OrderModel();
  const today = deps.today ?? (() => localDate());
  const frame = deps.frame ?? nextFrame;
  let settings: Settings = DEFAULT_SETTINGS;
  let read: PageRead | undefined;
  /**
   * Elements were added or removed since the last read (or nobody watches): the next read
   * checks that the fields it reuses are still on the page.
   */
  let structureChanged = true;
  /** The last read handed to the engine. */
  let judged: PageState | undefined;
  let lastAnchors: ReadonlyMap<string, Element> = new Map();
  let findings: readonly Finding[] = [];
  let stopped = false;
  let settingsKnown = deps.settings === undefined;
  /** A read of this frame was handed to the engine (an empty frame may have to stay silent until then). */
  let spoken = false;
  /** A page of this order handed the materials to the console's app (PageRead.materialsElsewhere), and the order's id then. */
  let materialsElsewhere = false;
  let elsewhereOrder: string | undefined;
  /** The console's taught fields; a change of them needs a read with a fresh layout. */
  let taught: TaughtFields | undefined;
  const taughtReading = (): TaughtReading | undefined => {
    const items = taught && deps.taughtReader?.();
    return taught && items ? { fields: taught, items } : undefined;
  };
  let relayout = false;

  const sameAnchors = (a: ReadonlyMap<string, Element>, b: ReadonlyMap<string, Element>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

  const showInline = (anchorsOfRead: ReadonlyMap<string, Element>) => {
    if (!deps.inline || stopped || !settingsKnown) return;
    // Findings judged before the settings were known may include a rule the user switched off.
    const disabled = settings.disabledRules;
    const shown = disabled.length ? findings.filter((f) => !disabled.includes(f.ruleId)) : findings;
    // A finding may name a finer field than the page has a control for (`…domains[1]`): it sits by the closest one.
    const anchors = new Map<string, Element>();
    for (const finding of shown) {
      const anchor = anchors.has(finding.field) ? undefined : anchorOf(anchorsOfRead, finding.field);
      if (anchor) anchors.set(finding.field, anchor);
    }
    deps.inline.update({ anchors, findings: shown, lang: settings.lang });
  };

  /**
   * Reads the page and hands the read to the engine. `reuse`: 'values' re-reads every
   * value on the layout found last time; an element re-reads only the field it belongs to
   * (readPage falls back to a full read when the layout has changed).
   */
  const evaluate = (force = false, reuse?: 'values' | Element): void => {
    if (stopped) return;
    const orderKey = def.orderKey(doc.location?.href ?? 'about:blank');
    order.setOrderKey(orderKey);
    const current = readPage(
      def,
      doc,
      read && reuse && !relayout ? { previous: read, changed: reuse === 'values' ? undefined : reuse, layoutKept: !structureChanged } : undefined,
      taughtReading(),
    );
    relayout = false;
    // Without a watcher nobody says when elements come and go: every read checks.
    structureChanged = deps.watch === false;
    read = current;
    // A frame that shows no form (at most a title naming the order type) while the form may be in another one says nothing.
    if (!spoken && current.step === 'unknown' && [...current.found].every((id) => id === 'filingType') && deps.formMayBeElsewhere?.()) return;
    spoken = true;
    order.merge(current);
    const form = order.form();
    // Materials handed to the app stay so on the order's other steps, until its upload step shows slots or another order starts.
    if (orderKey !== undefined && elsewhereOrder !== undefined && orderKey !== elsewhereOrder) materialsElsewhere = false;
    if (orderKey !== undefined) elsewhereOrder = orderKey;
    if (current.materialsElsewhere) materialsElsewhere = true;
    else if (current.step === 'upload') materialsElsewhere = false;
    const health: AdapterHealth = {
      expected: current.expected,
      missing: missingFields(current),
      ...(materialsElsewhere ? { materialsElsewhere: true as const } : {}),
      ...(current.unread ? { unread: current.unread } : {}),
      ...(current.taught ? { taught: current.taught } : {}),
      ...(current.staleTaught ? { staleTaught: current.staleTaught } : {}),
    };
    // Built with the previous timestamp so that an unchanged read compares equal; the
    // form shares every object a typed value did not touch, so the comparison walks
    // only the changed path (components/messaging/page-changes.ts).
    const page = {
      console: def.id,
      provider: def.provider,
      step: current.step,
      form,
      health,
      updatedAt: judged?.updatedAt ?? 0,
      today: today(),
      disabledRules: settings.disabledRules,
    };
    if (!force && judged && diffPage(judged, page).length === 0) {
      // Same values, but the console may have re-rendered the fields: move the warnings along.
      if (!sameAnchors(current.anchors, lastAnchors)) {
        lastAnchors = current.anchors;
        showInline(current.anchors);
      }
      return;
    }
    page.updatedAt = performance.timeOrigin + performance.now();
    judged = page;
    lastAnchors = current.anchors;
    engine.run(page, (next) => {
      findings = next;
      // A newer read with other values supersedes this run (it never gets here); one with the
      // same values may have moved the fields since, so the latest anchors are used.
      showInline(lastAnchors);
    });
  };

  const focusField = (field: string) => {
    if (!read) evaluate();
    const anchor = anchorOf(read!.anchors, field);
    if (!anchor) return;
    const focusable = (
      anchor.matches('input, textarea, select, button, [tabindex]')
        ? anchor
        : anchor.querySelector('input:not([type="hidden"]), textarea, select, button, [tabindex]')
    ) as HTMLElement | null;
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
      case 'teach-field':
        deps.onTeach?.(message.field, typeof message.label === 'string' ? message.label : undefined);
        break;
    }
  };

  // Typing is read in the same task and sent to the engine at once (a local engine answers
  // before the next frame is painted; the background within a round trip). Other changes (clicks, DOM mutations, polls) are coalesced: however many
  // arrive within a frame, the page is read once, and not at all when a typed change
  // has read it since.
  let queued = false;
  let readsSinceQueued = 0;
  // What the queued read may reuse: only a timed re-read keeps the layout; anything else
  // (a click, a mutation, a route) may have changed which fields are on screen.
  let queuedReuse: 'values' | undefined;
  const requestEvaluate = (reuse?: 'values') => {
    queuedReuse = queued ? queuedReuse && reuse : reuse;
    if (queued) return;
    queued = true;
    readsSinceQueued = 0;
    frame(() => {
      queued = false;
      if (!stopped && ctx.isValid && readsSinceQueued === 0) evaluate(false, queuedReuse);
    });
  };
  /**
   * Until a read has found the form, a change of the page's elements is read at the next
   * frame, not after the watch's debounce (250 ms after the last mutation): a console that
   * draws its form after the content script started (Firefox starts it at document_idle,
   * before the single-page app has rendered) is judged as soon as its fields exist.
   * Bounded, for a console page that never shows a form: at most EAGER_READS such reads.
   * Once the form is there, mutations wait for the debounce again (typing reads at once).
   */
  let eagerReadsLeft = EAGER_READS;
  const onStructureChange = () => {
    structureChanged = true;
    if (eagerReadsLeft <= 0 || (read && showsForm(read))) return;
    if (!queued) eagerReadsLeft -= 1;
    requestEvaluate();
  };
  const onChange: Parameters<typeof watchPage>[2]['onChange'] = (reason, target) => {
    // A poll or a blur changes values at most; a click, a mutation or a route may change the fields on screen.
    if (reason !== 'input') return requestEvaluate(reason === 'poll' || reason === 'blur' ? 'values' : undefined);
    if (stopped || !ctx.isValid) return;
    evaluate(false, target);
    readsSinceQueued += 1;
  };
  const stopWatching =
    deps.watch === false
      ? () => undefined
      : watchPage(ctx, doc, {
          ...(deps.watch ?? {}),
          onChange,
          onStructureChange,
        });

  function applySettings(next: Settings) {
    const rerun = next.disabledRules.join('\n') !== settings.disabledRules.join('\n') || !read;
    settings = next;
    settingsKnown = true;
    // Only switched-off rules change what the engine says; a language change only re-renders.
    if (rerun) evaluate(true);
    else showInline(lastAnchors);
  }
  deps.settings?.then(applySettings, () => applySettings(DEFAULT_SETTINGS));

  function stop() {
    if (stopped) return;
    stopped = true;
    stopWatching();
    engine.stop();
    deps.inline?.destroy();
  }
  ctx.onInvalidated(stop);

  return {
    evaluate: () => evaluate(true),
    handle,
    setSettings: applySettings,
    setTaught(fields) {
      taught = fields;
      relayout = true;
      evaluate(true);
    },
    lang: () => settings.lang,
    order,
    lastRead: () => read,
    anchors: () => read?.anchors ?? new Map(),
    stop,
  };
}
