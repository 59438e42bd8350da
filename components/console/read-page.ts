/**
 * Reading a console page: DOM → field values, anchors and health for one read. It
 * translates only (labels → vocabulary ids, dates → YYYY-MM-DD) and never judges; the
 * order model (order-model.ts) merges reads across wizard steps, the engine judges.
 *
 * The read is incremental: a read after the user typed reuses the previous read's layout
 * and what it learnt from every container but the one typed in, and a typed plain text
 * field (a name, a phone) changes its value and nothing else.
 */
import type { ConsoleDefinition } from './define-console';
import { domOf, plainText, type Dom, type Reading } from './dom';
import { readFields, type FactsAccess } from './fields';
import { scanLayout, type PageLayout } from './layout';
import type { PageRead } from './page-read';
import type { taughtItems } from './taught';
import type { TaughtFields } from '../messaging/taught';
import { singleValue } from './values';

export { missingFields, type PageRead, type PageStep } from './page-read';
export { toIsoDate } from './values';

/**
 * What a read learnt from each field container (its readings, file count, plain text).
 * A read after a typed change reuses them for every container but the one typed in:
 * reading ~30 containers costs far more than the key press itself.
 */
interface ContainerFacts {
  readonly readings: Map<Element, Reading[]>;
  readonly files: Map<Element, number | undefined>;
  readonly plain: Map<Element, string>;
  readonly anchor: Map<Element, Element>;
  readonly locked: Map<Element, boolean>;
}

const FACT_KEYS = ['readings', 'files', 'plain', 'anchor', 'locked'] as const;
const newFacts = (): ContainerFacts => ({ readings: new Map(), files: new Map(), plain: new Map(), anchor: new Map(), locked: new Map() });

function memo<V>(map: Map<Element, V>, container: Element, compute: (c: Element) => V): V {
  if (map.has(container)) return map.get(container)!;
  const value = compute(container);
  map.set(container, value);
  return value;
}

/** A lone checkbox input with its label[for] right after it (Tiny3 inserts label.ti3-checkbox there): the label ends it. */
function wholeCheckbox(box: Element): Element {
  const next = box.nextElementSibling;
  const id = box.getAttribute('id');
  return box.tagName === 'INPUT' && id && next?.matches(`label[for="${CSS.escape(id)}"]`) ? next : box;
}

function access(facts: ContainerFacts, dom: Dom): FactsAccess {
  const wholeBox = dom.checkboxComponent ? `label, ${dom.checkboxComponent}` : 'label';
  return {
    readings: (container) => memo(facts.readings, container, dom.readContainer),
    files: (container) => memo(facts.files, container, dom.countFiles),
    plain: (container) => memo(facts.plain, container, plainText),
    /** After a lone checkbox (同主体负责人) as a whole, else after its first control. */
    anchor: (label, container) => memo(facts.anchor, container, (c) => (label === c || c.matches(wholeBox) ? wholeCheckbox(c) : dom.anchorFor(c))),
    locked: (container, compute) => memo(facts.locked, container, compute),
  };
}

/**
 * What a later read may take over from a read, kept beside each PageRead, not in it (reads
 * are compared and merged as data): its layout, what it learnt per container, and its
 * plain text fields (container → the one field id its value goes to, only for fields no
 * other container also sets).
 */
interface Reusable {
  readonly layout: PageLayout;
  readonly facts: ContainerFacts;
  readonly plainFields: ReadonlyMap<Element, string>;
}
const reusable = new WeakMap<PageRead, Reusable>();

export interface ReadReuse {
  /** The previous read of the same page. */
  readonly previous: PageRead;
  /**
   * The control the user just changed: every other container is taken from the previous
   * read. Absent: every value is read again, only the layout is reused (a timed re-read).
   */
  readonly changed?: Element;
  /**
   * The caller knows that no element was added to or removed from the page since
   * `previous` (watch.ts's onStructureChange): the check that each of its fields is still
   * on the page is skipped.
   */
  readonly layoutKept?: boolean;
}

/**
 * A container's readings after the user typed into `control`, when `control` is one of its
 * plain text boxes (what the native reader read as `kind: 'text'`): the same readings with
 * that box's new value, without touching the DOM. Anything else is read again.
 */
function retyped(readings: Reading[] | undefined, control: Element): Reading[] | undefined {
  if (!readings || !(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return undefined;
  const index = readings.findIndex((r) => r.el === control);
  if (index < 0 || readings[index]!.kind !== 'text') return undefined;
  const next = readings.slice();
  next[index] = { kind: 'text', value: control.value, el: control };
  return next;
}

/**
 * Reads one page of the console `def`. Pure over the DOM: no listeners, no storage. With
 * `reuse`, the layout (labels, headings, step) of the previous read is kept while its
 * fields are all still on the page; a change of layout shows as DOM mutations, after which
 * the caller reads afresh. A changed control outside every known field also means a fresh read.
 */
/**
 * The fields the user taught on this console, and what reads them (taught.ts `taughtItems`,
 * which travels in page-engine.js: components/console/teach-tools.ts).
 */
export interface TaughtReading {
  readonly fields: TaughtFields;
  readonly items: typeof taughtItems;
}

export function readPage(def: ConsoleDefinition, doc: Document, reuse?: ReadReuse, taught?: TaughtReading): PageRead {
  const kept = reuse ? reusable.get(reuse.previous) : undefined;
  let layout: PageLayout | undefined;
  let readFacts = newFacts();
  if (kept && (reuse!.layoutKept || kept.layout.items.every((item) => item.container.isConnected))) {
    const changed = reuse!.changed;
    if (!changed) layout = kept.layout;
    else {
      // The containers the control is in: its ancestors (a dozen steps up, not a test per field).
      const ancestors = new Set<Element>();
      for (let node: Element | null = changed; node; node = node.parentElement) ancestors.add(node);
      const typedIn = kept.layout.items.filter((item) => ancestors.has(item.container)).map((item) => item.container);
      if (typedIn.length > 0) {
        layout = kept.layout;
        const copy = {} as Record<(typeof FACT_KEYS)[number], Map<Element, unknown>>;
        for (const key of FACT_KEYS) {
          const map = new Map(kept.facts[key] as Map<Element, unknown>);
          for (const container of typedIn) map.delete(container);
          copy[key] = map;
        }
        // Typing into a text box changes nothing but its value: its container's other facts stay.
        for (const container of typedIn) {
          const readings = retyped(kept.facts.readings.get(container), changed);
          if (!readings) continue;
          copy.readings.set(container, readings);
          for (const key of ['files', 'anchor', 'locked'] as const) {
            const map = kept.facts[key] as Map<Element, unknown>;
            if (map.has(container)) copy[key].set(container, map.get(container));
          }
        }
        readFacts = copy as unknown as ContainerFacts;
        // A plain text field (a name, a phone, an address): its new value is all that changed.
        const field = typedIn.length === 1 ? kept.plainFields.get(typedIn[0]!) : undefined;
        const readings = field ? readFacts.readings.get(typedIn[0]!) : undefined;
        if (field && readings) {
          const values = new Map(reuse!.previous.values);
          const value = singleValue(readings, () => plainText(typedIn[0]!));
          if (value === undefined) values.delete(field);
          else values.set(field, value);
          const page: PageRead = { ...reuse!.previous, values };
          reusable.set(page, { ...kept, facts: readFacts });
          return page;
        }
      }
    }
  }
  const body = doc.body;
  if (!body) return { step: 'unknown', found: new Set(), values: new Map(), anchors: new Map(), expected: [] };
  const dom = domOf(def.libraries);
  const fresh = !layout;
  layout ??= scanLayout(def, dom, body);
  let read = readFields(def, dom, doc, layout, access(readFacts, dom));
  let taughtOf: Pick<PageRead, 'taught' | 'staleTaught'> = {};
  if (fresh && taught) {
    // Fields the adapter did not find, where the user showed them: read by their writers as any other field.
    const extra = taught.items(def, dom, body, layout, read.page, taught.fields);
    if (extra.items.length) {
      layout = { ...layout, items: [...layout.items, ...extra.items] };
      read = readFields(def, dom, doc, layout, access(readFacts, dom));
    }
    taughtOf = { ...(extra.taught.length ? { taught: extra.taught } : {}), ...(extra.stale.length ? { staleTaught: extra.stale } : {}) };
  } else if (!fresh && reuse) {
    // The layout, taught items included, is the previous read's: so is what they say.
    const { taught: was, staleTaught } = reuse.previous;
    taughtOf = { ...(was ? { taught: was } : {}), ...(staleTaught ? { staleTaught } : {}) };
  }
  const page: PageRead = { ...read.page, ...taughtOf };
  reusable.set(page, { layout, facts: readFacts, plainFields: read.plainFields });
  return page;
}
