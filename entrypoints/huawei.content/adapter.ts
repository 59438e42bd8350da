/**
 * Huawei console adapter: page DOM → field values, anchors and health for one read.
 * It translates only (labels → vocabulary ids, dates → YYYY-MM-DD) and never judges; the
 * order model (order.ts) merges reads across wizard steps, the engine judges.
 */
import type { Step } from '../../rules/model/fields';
import { parseProvince, type ProvinceCode } from '../../rules/model/provinces';
import {
  APP_PLATFORMS,
  CERTIFICATE_TYPES,
  FILING_TYPES,
  LANGUAGES,
  PRE_APPROVAL_CATEGORIES,
  RESOURCE_TYPES,
  SERVICE_CONTENT,
  SUBJECT_NATURES,
  termId,
  type Term,
} from '../../rules/model/vocabulary';
import { classifyHeading, countAccessProviders, filingTypeFromTitle, LABEL_SYNONYMS, normalizeLabel, serviceHint, UPLOAD_LABELS, type Block, type LocalKey, type UploadSlot } from './labels';
import { anchorFor, countFiles, currentStepText, findHeadingCandidates, findLabels, headingText, plainText, readContainer, type Reading } from './readers';
import { detectStep, expectedFields, inferStep } from './steps';

export type PageStep = Step | 'unknown';

/** One read of the page. `values` maps concrete field ids (and `materials.<key>`) to what was read. */
export interface PageRead {
  readonly step: PageStep;
  /** Field ids whose label was found on the page; a found field with no value is "shown but empty/unreadable". */
  readonly found: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, unknown>;
  readonly anchors: ReadonlyMap<string, Element>;
  readonly expected: readonly string[];
  /**
   * Field ids whose value the page shows greyed (a disabled control) or as plain text:
   * carried over and not editable. In change and cancellation orders these are values of
   * the current record; the order model copies them into `filed` (order.ts).
   */
  readonly locked?: ReadonlySet<string>;
  /**
   * Found fields the page shows only part of: a website's domains read from 从域名 alone,
   * its 网站域名 field gone (renamed or removed). They have values, but health reports them.
   */
  readonly partial?: ReadonlySet<string>;
}

/** Expected fields the page does not show, or shows only part of: what adapter health reports. */
export function missingFields(read: PageRead): string[] {
  return read.expected.filter((id) => !read.found.has(id) || read.partial?.has(id) === true);
}

type ServiceKind = 'websites' | 'apps';

interface Context {
  block?: Block;
  service?: ServiceKind;
  index: number;
  /** Under a 已备案网站N / 已备案APPN heading: the filed service and its index (-1: counted from the labels). */
  filedService?: ServiceKind;
  filedIndex?: number;
}

interface Item {
  readonly key: LocalKey | UploadSlot;
  readonly label: Element;
  readonly rawLabel: string;
  /** `rawLabel` normalised once, when the layout is found. */
  readonly labelText: string;
  readonly container: Element;
  readonly ctx: Readonly<Context>;
  /** Block forced by the label itself (主体负责人手机号码). */
  readonly ownerBlock?: Block;
}

const OWNER_PREFIXES: readonly [string, Block][] = [
  ['互联网信息服务负责人', 'service-principal'],
  ['网站负责人', 'service-principal'],
  ['APP负责人', 'service-principal'],
  ['主体负责人', 'subject-principal'],
  ['主办单位负责人', 'subject-principal'],
];

const SAME_AS_SUBJECT = new Set(['同主体负责人', '同主体负责人信息', '与主体负责人一致', '同主办单位负责人']);
const NONE_OF_THE_ABOVE = /^(以上都不涉及|以上均不涉及|不涉及|无)$/;
const LONG_TERM = /^长期(有效)?$/;

function lookup(text: string): { key: Item['key']; ownerBlock?: Block } | undefined {
  const label = normalizeLabel(text);
  if (!label) return undefined;
  const upload = UPLOAD_LABELS[label];
  if (upload) return { key: upload };
  const direct = LABEL_SYNONYMS[label];
  if (direct) return { key: direct };
  for (const [prefix, block] of OWNER_PREFIXES) {
    if (label.startsWith(prefix) && label.length > prefix.length) {
      const rest = LABEL_SYNONYMS[label.slice(prefix.length)];
      if (rest) return { key: rest, ownerBlock: block };
    }
  }
  // "教育审批号", "新闻前置审批号": a number for one category.
  if (/审批号$/.test(label)) return { key: 'service.preApprovalNumber' };
  return undefined;
}

/**
 * The pre-approval category a 审批号 / 审批文件 field belongs to: named in its own label
 * (教育审批号) or in a title just before it (a per-category detail block).
 */
function categoryNear(label: Element, labelText: string): string | undefined {
  const named = Object.entries(PRE_APPROVAL_CATEGORIES).find(([, t]) => labelText.startsWith(t.zh))?.[0];
  if (named) return named;
  let node: Element | null = label;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const text = normalizeLabel(prev.textContent ?? '');
      if (text.length > 20) break;
      const id = termId(PRE_APPROVAL_CATEGORIES, text);
      if (id) return id;
    }
  }
  return undefined;
}

const byDocumentOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);

/** "2020-1-2", "2020/01/02", "2020.01.02", "2020年1月2日" → "2020-01-02"; anything else → undefined. */
export function toIsoDate(text: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

function allDates(text: string): string[] {
  const out: string[] = [];
  const re = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(toIsoDate(m[0])!);
  return out;
}

/** Greyed controls: Tiny3 / TinyVue mark them by class, native ones by the attribute. */
const DISABLED_SELECTOR = '[disabled], [readonly][class*="disabled"], .is-disabled, [class*="-disabled"], [aria-disabled="true"]';

/** The field shows its value greyed or as plain text: the user cannot edit it here. */
function isLocked(readings: readonly Reading[], container: Element): boolean {
  const values = readings.filter((r) => r.kind !== 'check');
  if (readings.length === 0) return plainOf(container) !== '';
  return values.length > 0 && values.every((r) => r.el.matches(DISABLED_SELECTOR) || r.el.closest(DISABLED_SELECTOR) !== null);
}

/** Fields that, greyed in a change or cancellation order, show the current record (order.ts copies them to `filed`). */
const LOCKABLE = /^(?:province|subject\.(?:nature|name|certNumber)|(?:websites|apps)\[\d+\]\.(?:name|domains))$/;

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

/** The facts of the read in progress: readPage() is synchronous and sets them for its own duration only. */
let facts: ContainerFacts | undefined;

function memo<V>(map: Map<Element, V> | undefined, container: Element, compute: (c: Element) => V): V {
  if (!map) return compute(container);
  if (map.has(container)) return map.get(container)!;
  const value = compute(container);
  map.set(container, value);
  return value;
}

const readingsOf = (container: Element) => memo(facts?.readings, container, readContainer);
const filesOf = (container: Element) => memo(facts?.files, container, countFiles);
const plainOf = (container: Element) => memo(facts?.plain, container, plainText);
/** Where a field's warning goes: after a lone checkbox (同主体负责人) as a whole, else after its first control. */
const anchorOfItem = (label: Element, container: Element) =>
  memo(facts?.anchor, container, (c) => (label === c || c.matches('label, .tiny-checkbox') ? c : anchorFor(c)));

/** The order type named by a page title, a breadcrumb's last item or the document title. */
function filingTypeOfPage(doc: Document, candidates: readonly Element[]): { type: string; el: Element } | undefined {
  const crumbs = Array.from(doc.body.querySelectorAll('[class*="crumb"]')).filter((el) => !el.parentElement?.closest('[class*="crumb"]'));
  for (const el of [...candidates, ...crumbs]) {
    const type = filingTypeFromTitle(el.matches('[class*="crumb"]') ? (el.textContent ?? '') : headingText(el));
    if (type) return { type, el };
  }
  const type = filingTypeFromTitle(doc.title ?? '');
  return type ? { type, el: candidates[0] ?? doc.body } : undefined;
}

const textValues = (r: readonly Reading[]) => r.filter((x): x is Extract<Reading, { kind: 'text' }> => x.kind === 'text');
const checks = (r: readonly Reading[]) => r.filter((x): x is Extract<Reading, { kind: 'check' }> => x.kind === 'check');

/** The first thing the field shows as a single value: typed text, a select's label, else a checked option. */
function singleValue(readings: readonly Reading[], container: Element): string | undefined {
  for (const r of readings) {
    if (r.kind === 'text' || r.kind === 'choice') return r.value;
    if (r.kind === 'tags') return r.values[0] ?? '';
  }
  const checked = checks(readings).find((c) => c.checked);
  if (checked) return checked.label;
  if (checks(readings).length) return '';
  // Read-only summary or disabled carry-over shown as plain text.
  if (readings.length === 0) return plainOf(container);
  return undefined;
}

function multiValue(readings: readonly Reading[]): string[] | undefined {
  const out: string[] = [];
  let sawControl = false;
  for (const r of readings) {
    if (r.kind === 'check') {
      sawControl = true;
      if (r.checked) out.push(r.label);
    } else if (r.kind === 'tags') {
      sawControl = true;
      out.push(...r.values);
    } else if (r.kind === 'choice') {
      sawControl = true;
      out.push(...r.value.split(/[,，;；、]/).map((s) => s.trim()).filter(Boolean));
    }
  }
  return sawControl ? out : undefined;
}

/**
 * A cascader's value split at each / or > ("广东省 / 深圳市 / 南山区"), without the spaces
 * around them: what a split at spaces, / or >, spaces gave (trim drops exactly what `\s`
 * matches), in linear time (that pattern rescanned a long run of spaces from each of its characters).
 */
function cascaderParts(value: string): string[] {
  const parts = value.split(/[/>]/);
  const last = parts.length - 1;
  return parts.map((part, i) => {
    const start = i > 0 ? part.trimStart() : part;
    return i < last ? start.trimEnd() : start;
  });
}

function terms<T extends Record<string, Term>>(vocabulary: T, labels: readonly string[]): (keyof T & string)[] {
  const ids = labels.map((l) => termId(vocabulary, l)).filter((id): id is keyof T & string => id !== undefined);
  return [...new Set(ids)];
}

function term<T extends Record<string, Term>>(vocabulary: T, label: string | undefined): (keyof T & string) | undefined {
  return label ? (termId(vocabulary, label) as (keyof T & string) | undefined) : undefined;
}

function listOfTexts(readings: readonly Reading[]): string[] {
  const values = textValues(readings).map((t) => t.value.trim());
  const tags = readings.flatMap((r) => (r.kind === 'tags' ? r.values : []));
  const all = [...values, ...tags];
  const filled = all.filter(Boolean);
  return filled.length ? filled : all.length ? [''] : [];
}

/** The fields of a page and the sections they sit in: what a read finds before it reads any value. */
interface PageLayout {
  readonly items: readonly Item[];
  readonly step: PageStep;
  readonly candidates: readonly Element[];
  /** Service indexes named by headings (a card may have no field read yet). */
  readonly serviceIndexes: { readonly websites: ReadonlySet<number>; readonly apps: ReadonlySet<number> };
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
 * Reads one page. Pure over the DOM: no listeners, no storage. With `reuse`, the layout
 * (labels, headings, step) of the previous read is kept while its fields are all still
 * on the page; a change of layout shows as DOM mutations, after which the caller reads
 * afresh. A changed control outside every known field also means a fresh read.
 */
export function readPage(doc: Document, reuse?: ReadReuse): PageRead {
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
          const value = singleValue(readings, typedIn[0]!);
          if (value === undefined) values.delete(field);
          else values.set(field, value);
          const page: PageRead = { ...reuse!.previous, values };
          reusable.set(page, { ...kept, facts: readFacts });
          return page;
        }
      }
    }
  }
  facts = readFacts;
  try {
    const read = readWith(doc, layout);
    if (read.layout) reusable.set(read.page, { layout: read.layout, facts: readFacts, plainFields: read.plainFields });
    return read.page;
  } finally {
    facts = undefined;
  }
}

/** The order type named by the page's titles: found once per layout (titles do not change as the user types). */
const titles = new WeakMap<PageLayout, ReturnType<typeof filingTypeOfPage>>();
function memoTitle(layout: PageLayout, find: () => ReturnType<typeof filingTypeOfPage>) {
  if (!titles.has(layout)) titles.set(layout, find());
  return titles.get(layout);
}

function scanLayout(body: HTMLElement): PageLayout {
  // 1. Labels and headings in document order → items with their section context.
  const labels = findLabels(body);
  const sameBoxes = Array.from(body.querySelectorAll('input[type="checkbox"], .tiny-checkbox'))
    .filter((el) => el.matches('.tiny-checkbox') || !el.closest('.tiny-checkbox'))
    // Cheap text test first: a page has dozens of option checkboxes.
    .filter((el) => ((el.closest('label') ?? el.parentElement)?.textContent ?? '').includes('主'))
    .map((el) => ({ el, reading: readContainer(el.matches('.tiny-checkbox') ? el : (el.closest('label') ?? el)).find((r) => r.kind === 'check') }))
    .filter((x) => x.reading && x.reading.kind === 'check' && SAME_AS_SUBJECT.has(normalizeLabel(x.reading.label)));
  const candidates = findHeadingCandidates(body);
  const headings = candidates.map((el) => ({ el, heading: classifyHeading(headingText(el)) })).filter((h) => h.heading !== undefined);
  type Node = { el: Element; heading?: NonNullable<ReturnType<typeof classifyHeading>>; hit?: (typeof labels)[number]; same?: Element };
  const nodes: Node[] = [
    ...headings.map((h) => ({ el: h.el, heading: h.heading })),
    ...labels.map((hit) => ({ el: hit.label, hit })),
    ...sameBoxes.map((s) => ({ el: s.el, same: s.el })),
  ].sort((a, b) => byDocumentOrder(a.el, b.el));

  const ctx: Context = { index: 0 };
  const items: Item[] = [];
  const serviceIndexes = { websites: new Set<number>(), apps: new Set<number>() };
  for (const node of nodes) {
    if (node.heading) {
      const h = node.heading;
      ctx.filedService = undefined;
      ctx.filedIndex = undefined;
      if (h.kind === 'filed') {
        ctx.block = 'filed';
        if (h.service) {
          ctx.filedService = h.service;
          ctx.filedIndex = h.index;
        }
      } else if (h.kind === 'service') {
        if (h.index >= 0) ctx.index = h.index;
        else if (ctx.service !== h.service) ctx.index = 0;
        ctx.service = h.service;
        ctx.block = 'service';
        serviceIndexes[h.service].add(ctx.index);
      } else {
        ctx.block = h.block;
        if (h.block === 'subject' || h.block === 'subject-principal') ctx.service = undefined;
      }
      continue;
    }
    if (node.same) {
      items.push({ key: 'principal.sameAsSubjectPrincipal', label: node.same, rawLabel: '同主体负责人', labelText: '同主体负责人', container: node.same.closest('label, .tiny-checkbox') ?? node.same, ctx: { ...ctx }, ownerBlock: 'service-principal' });
      continue;
    }
    const hit = node.hit!;
    const match = lookup(hit.text);
    if (!match) continue;
    items.push({ key: match.key, label: hit.label, rawLabel: hit.text, labelText: normalizeLabel(hit.text), container: hit.container, ctx: { ...ctx }, ownerBlock: match.ownerBlock });
  }

  // 2. Which step is on screen.
  const step: PageStep = detectStep(currentStepText(body), candidates.map(headingText)) ?? inferStep(items.map((i) => (typeof i.key === 'string' ? i.key : 'upload')));
  return { items, step, candidates, serviceIndexes };
}

function readWith(doc: Document, reused: PageLayout | undefined): { page: PageRead; layout?: PageLayout; plainFields: ReadonlyMap<Element, string> } {
  const body = doc.body;
  const values = new Map<string, unknown>();
  const anchors = new Map<string, Element>();
  const found = new Set<string>();
  const plainFields = new Map<Element, string>();
  if (!body) return { page: { step: 'unknown', found, values, anchors, expected: [] }, plainFields };
  const layout = reused ?? scanLayout(body);
  const { items, step, candidates } = layout;
  const serviceIndexes = { websites: new Set(layout.serviceIndexes.websites), apps: new Set(layout.serviceIndexes.apps) };

  // 3. Field ids, values and anchors.
  const defaultService: ServiceKind = step === 'app' ? 'apps' : 'websites';
  const occurrences = new Map<string, number>();
  const nextOccurrence = (id: string) => {
    const n = occurrences.get(id) ?? 0;
    occurrences.set(id, n + 1);
    return n;
  };
  /** Field id → the container of each plain text field set so far (undefined: set by more than one, or not plain). */
  const plainOwner = new Map<string, Element | undefined>();
  const setPlain = (id: string, readings: readonly Reading[], container: Element, anchor: Element) => {
    plainOwner.set(id, found.has(id) ? undefined : container);
    set(id, singleValue(readings, container), anchor);
  };
  const set = (id: string, value: unknown, anchor: Element) => {
    if (found.has(id) && plainOwner.has(id)) plainOwner.set(id, undefined);
    found.add(id);
    if (!anchors.has(id)) anchors.set(id, anchor);
    if (value !== undefined && !values.has(id)) values.set(id, value);
  };
  const locked = new Set<string>();
  const lock = (id: string, readings: readonly Reading[], container: Element) => {
    if (LOCKABLE.test(id) && memo(facts?.locked, container, () => isLocked(readings, container))) locked.add(id);
  };
  // Filed services listed without numbered headings: a second 网站名称 starts the next one.
  const filedCount = { websites: -1, apps: -1 };
  const filedBase = (ctx: Readonly<Context>, kind: ServiceKind, startsItem: boolean) => {
    if (ctx.filedService === kind && ctx.filedIndex !== undefined && ctx.filedIndex >= 0) return `filed.${kind}[${ctx.filedIndex}]`;
    if (startsItem || filedCount[kind] < 0) filedCount[kind]++;
    return `filed.${kind}[${filedCount[kind]}]`;
  };
  const pendingNumbers: { base: string; category?: string; value?: string; anchor: Element; files?: number }[] = [];
  const extraDomains = new Map<string, { values: string[]; anchors: Element[] }>();
  /** `…domains` ids read from a 网站域名 / 主域名 field (not only from 从域名). */
  const mainDomainFields = new Set<string>();

  for (const item of items) {
    const block = item.ownerBlock ?? item.ctx.block;
    const service = item.ctx.service ?? (/^APP/i.test(item.labelText) ? 'apps' : defaultService);
    // Step 1 asks for a domain or an APP name only to check the filing type; the service steps own them.
    if (step === 'verify' && !item.ctx.service && typeof item.key === 'string' && (item.key.startsWith('service.') || item.key.startsWith('app.'))) continue;
    const serviceBase = `${service}[${item.ctx.index}]`;
    if (item.ctx.service) serviceIndexes[service].add(item.ctx.index);
    const container = item.container;
    // A lone checkbox (同主体负责人 in a heading): the warning goes after the whole checkbox.
    const anchor = anchorOfItem(item.label, container);

    if (typeof item.key !== 'string') {
      const files = filesOf(container);
      if (files === undefined) continue;
      const slot = item.key;
      const hint = serviceHint(item.rawLabel);
      const owner = hint ? `${hint.service}[${hint.index}]` : item.ctx.service ? serviceBase : undefined;
      let key = slot.material;
      if (slot.principalId && (block === 'service-principal' || (block === 'service' && item.ctx.service))) key = `service-principal-id${owner ? `@${owner}` : ''}`;
      else if (slot.perService && owner) key = `${slot.material}@${owner}`;
      set(`materials.${key}`, files, anchor);
      continue;
    }

    const readings = readingsOf(container);
    const key = item.key;

    if (block === 'filed') {
      // The current record, shown read-only: every value goes to `filed`, nothing to the order being edited.
      const kind: ServiceKind = item.ctx.filedService ?? (/^APP/i.test(item.labelText) ? 'apps' : 'websites');
      const value = singleValue(readings, container);
      switch (key) {
        case 'province': {
          const text = value?.split(/[/>\s]/)[0];
          set('filed.province', text ? parseProvince(text) : undefined, anchor);
          break;
        }
        case 'subject.nature':
          set('filed.subjectNature', term(SUBJECT_NATURES, value), anchor);
          break;
        case 'subject.name':
          set('filed.subjectName', value, anchor);
          break;
        case 'subject.certNumber':
        case 'certNumber':
          set('filed.certNumber', value, anchor);
          break;
        case 'filed.recordNumber':
          set(item.ctx.filedService ? `${filedBase(item.ctx, kind, false)}.recordNumber` : 'filed.recordNumber', value, anchor);
          break;
        case 'service.recordNumber':
          set(`${filedBase(item.ctx, kind, false)}.recordNumber`, value, anchor);
          break;
        case 'filed.otherAccessProviders':
          set('filed.otherAccessProviders', countAccessProviders(value), anchor);
          break;
        case 'service.name':
          set(`${filedBase(item.ctx, kind, true)}.name`, value, anchor);
          break;
        case 'service.domains':
        case 'service.mainDomain': {
          const list = readings.length ? listOfTexts(readings) : (value ?? '').split(/[\s,，;；、]+/);
          set(`${filedBase(item.ctx, kind, false)}.domains`, list.map((d) => d.trim()).filter(Boolean), anchor);
          break;
        }
        default:
          break;
      }
      continue;
    }

    const inService = block === 'service' || block === 'service-principal' || (block === undefined && (step === 'website' || step === 'app'));
    const principalBase = inService ? `${serviceBase}.principal` : 'subject.principal';

    switch (key) {
      case 'filingType': {
        const text = singleValue(readings, container);
        set('filingType', term(FILING_TYPES, text) ?? (text ? filingTypeFromTitle(text) : undefined), anchor);
        break;
      }
      case 'province': {
        const text = singleValue(readings, container);
        const code: ProvinceCode | undefined = text ? parseProvince(text.split(/[/>\s]/)[0] ?? text) : undefined;
        set('province', code, anchor);
        lock('province', readings, container);
        break;
      }
      case 'resource.type':
        set('resource.type', term(RESOURCE_TYPES, singleValue(readings, container)), anchor);
        break;
      case 'resource.authCode':
      case 'subject.name':
      case 'subject.certNumber':
      case 'subject.certAddress':
      case 'subject.investor':
        setPlain(key, readings, container, anchor);
        lock(key, readings, container);
        break;
      case 'subject.nature':
        set(key, term(SUBJECT_NATURES, singleValue(readings, container)), anchor);
        lock(key, readings, container);
        break;
      case 'subject.certType':
        set(key, term(CERTIFICATE_TYPES, singleValue(readings, container)), anchor);
        break;
      case 'certType':
      case 'certNumber': {
        const principal = block === 'subject-principal' || block === 'service-principal' || (block === 'service' && inService);
        const id = principal ? `${principalBase}.${key === 'certType' ? 'idType' : 'idNumber'}` : `subject.${key}`;
        const value = singleValue(readings, container);
        set(id, key === 'certType' ? term(CERTIFICATE_TYPES, value) : value, anchor);
        lock(id, readings, container);
        break;
      }
      case 'subject.mailingAddress': {
        const choice = readings.find((r) => r.kind === 'choice' || r.kind === 'tags');
        const parts = choice?.kind === 'choice' ? cascaderParts(choice.value).filter(Boolean) : choice?.kind === 'tags' ? [...choice.values] : [];
        const detail = textValues(readings)[0]?.value;
        const plain = readings.length === 0 ? singleValue(readings, container) : undefined;
        const address: Record<string, string> = {};
        if (parts[0]) address.province = parts[0];
        if (parts[1]) address.city = parts[1];
        if (parts[2]) address.district = parts[2];
        if (detail !== undefined) address.detail = detail;
        else if (plain !== undefined) address.detail = plain;
        set('subject.mailingAddress', Object.keys(address).length ? address : undefined, anchor);
        break;
      }
      case 'remark':
        setPlain(inService ? `${serviceBase}.remark` : 'subject.remark', readings, container, anchor);
        break;
      case 'principal.name':
      case 'principal.mobile':
      case 'principal.emergencyPhone':
      case 'principal.email':
      case 'principal.officePhone':
        setPlain(`${principalBase}.${key.slice('principal.'.length)}`, readings, container, anchor);
        break;
      case 'principal.idType':
        set(`${principalBase}.idType`, term(CERTIFICATE_TYPES, singleValue(readings, container)), anchor);
        break;
      case 'principal.idNumber':
        setPlain(`${principalBase}.idNumber`, readings, container, anchor);
        break;
      case 'principal.idValidity': {
        const long = checks(readings).find((c) => LONG_TERM.test(normalizeLabel(c.label)));
        const dateTexts = readings.filter((r) => r.kind === 'date' || r.kind === 'text' || r.kind === 'choice').map((r) => ('value' in r ? r.value : ''));
        const dates = dateTexts.flatMap((t) => allDates(t));
        const saysLong = dateTexts.some((t) => LONG_TERM.test(normalizeLabel(t)));
        const longTerm = long ? long.checked || saysLong : saysLong ? true : undefined;
        const dateEls = readings.filter((r) => r.kind === 'date' || r.kind === 'text');
        set(`${principalBase}.idValidFrom`, dates[0], dateEls[0] ? anchorFor(container, dateEls[0].el) : anchor);
        set(`${principalBase}.idValidTo`, longTerm ? undefined : dates[1], dateEls[1] ? anchorFor(container, dateEls[1].el) : anchor);
        set(`${principalBase}.idLongTerm`, longTerm ?? (dates[1] ? false : undefined), long ? anchorFor(container, long.el) : anchor);
        break;
      }
      case 'principal.sameAsSubjectPrincipal':
      case 'principal.isLegalRepresentative': {
        const boxes = checks(readings);
        let flag: boolean | undefined;
        if (boxes.length === 1 && !/^[是否]$/.test(normalizeLabel(boxes[0]!.label))) flag = boxes[0]!.checked;
        else {
          const chosen = boxes.find((b) => b.checked)?.label ?? singleValue(readings, container);
          flag = chosen === undefined ? undefined : /^(是|yes)$/i.test(normalizeLabel(chosen)) ? true : /^(否|no)$/i.test(normalizeLabel(chosen)) ? false : undefined;
        }
        const base = key === 'principal.sameAsSubjectPrincipal' ? `${serviceBase}.principal` : principalBase;
        set(`${base}.${key.slice('principal.'.length)}`, flag, anchor);
        break;
      }
      case 'service.name':
        setPlain(`${serviceBase}.name`, readings, container, anchor);
        lock(`${serviceBase}.name`, readings, container);
        break;
      case 'filed.recordNumber':
      case 'service.recordNumber': {
        // 主体备案号 / 网站备案号 shown beside the order: the record it edits or cancels.
        const own = key === 'service.recordNumber' || (item.labelText === '备案号' && item.ctx.service !== undefined && inService);
        set(own ? `filed.${serviceBase}.recordNumber` : 'filed.recordNumber', singleValue(readings, container), anchor);
        break;
      }
      case 'filed.otherAccessProviders':
        set('filed.otherAccessProviders', countAccessProviders(singleValue(readings, container)), anchor);
        break;
      case 'service.domains':
      case 'service.mainDomain':
      case 'service.homepageUrls':
      case 'app.ips': {
        const field = key === 'service.homepageUrls' ? 'homepageUrls' : key === 'app.ips' ? 'ips' : 'domains';
        const list = listOfTexts(readings);
        const id = `${serviceBase}.${field}`;
        if (field === 'domains') mainDomainFields.add(id);
        set(id, list, anchor);
        lock(id, readings, container);
        textValues(readings).forEach((t, i) => anchors.has(`${id}[${i}]`) || anchors.set(`${id}[${i}]`, anchorFor(container, t.el)));
        break;
      }
      case 'service.extraDomains': {
        const entry = extraDomains.get(serviceBase) ?? { values: [], anchors: [] };
        for (const t of textValues(readings)) {
          if (t.value.trim()) {
            entry.values.push(t.value.trim());
            entry.anchors.push(anchorFor(container, t.el));
          }
        }
        extraDomains.set(serviceBase, entry);
        found.add(`${serviceBase}.domains`);
        if (!anchors.has(`${serviceBase}.domains`)) anchors.set(`${serviceBase}.domains`, anchor);
        break;
      }
      case 'service.ipRanges': {
        if (service === 'apps') {
          // An app lists plain IPs (IP地址 / IP和域名信息), not ranges.
          const id = `${serviceBase}.ips`;
          set(id, listOfTexts(readings), anchor);
          textValues(readings).forEach((t, i) => anchors.has(`${id}[${i}]`) || anchors.set(`${id}[${i}]`, anchorFor(container, t.el)));
          break;
        }
        const texts = textValues(readings);
        const ranges: { start: string; end: string }[] = [];
        for (let i = 0; i + 1 < texts.length; i += 2) ranges.push({ start: texts[i]!.value, end: texts[i + 1]!.value });
        const id = `${serviceBase}.ipRanges`;
        set(id, ranges, anchor);
        ranges.forEach((_, i) => {
          anchors.set(`${id}[${i}]`, anchorFor(container, texts[2 * i]!.el));
          anchors.set(`${id}[${i}].start`, anchorFor(container, texts[2 * i]!.el));
          anchors.set(`${id}[${i}].end`, anchorFor(container, texts[2 * i + 1]!.el));
        });
        break;
      }
      case 'service.ipStart':
      case 'service.ipEnd': {
        const end = key === 'service.ipEnd';
        const n = nextOccurrence(`${serviceBase}.${key}`);
        const id = `${serviceBase}.ipRanges`;
        const ranges = (values.get(id) as { start?: string; end?: string }[] | undefined) ?? [];
        const range = { ...(ranges[n] ?? {}) };
        const value = singleValue(readings, container);
        if (end) range.end = value;
        else range.start = value;
        ranges[n] = range;
        values.set(id, ranges);
        found.add(id);
        if (!anchors.has(id)) anchors.set(id, anchor);
        anchors.set(`${id}[${n}].${end ? 'end' : 'start'}`, anchor);
        if (!end) anchors.set(`${id}[${n}]`, anchor);
        break;
      }
      case 'service.serviceContent': {
        const labels = multiValue(readings);
        const id = `${serviceBase}.serviceContent`;
        set(id, labels && (service === 'apps' ? labels : terms(SERVICE_CONTENT, labels)), anchor);
        break;
      }
      case 'service.languages': {
        const labels = multiValue(readings);
        set(`${serviceBase}.languages`, labels && terms(LANGUAGES, labels), anchor);
        break;
      }
      case 'service.preApprovals': {
        const boxes = checks(readings);
        const id = `${serviceBase}.preApprovals`;
        let list: { category: string; number?: string; documentUploaded?: boolean }[] | undefined;
        if (boxes.some((b) => b.checked && NONE_OF_THE_ABOVE.test(normalizeLabel(b.label)))) list = [];
        else {
          list = terms(PRE_APPROVAL_CATEGORIES, boxes.filter((b) => b.checked).map((b) => b.label)).map((category) => ({ category }));
          const tagged = multiValue(readings.filter((r) => r.kind !== 'check')) ?? [];
          for (const category of terms(PRE_APPROVAL_CATEGORIES, tagged)) if (!list.some((p) => p.category === category)) list.push({ category });
          if (list.length === 0 && !boxes.length && !tagged.length) list = undefined;
          else if (list.length === 0 && !boxes.some((b) => b.checked)) list = undefined;
        }
        set(id, list, anchor);
        break;
      }
      case 'service.preApprovalNumber':
      case 'service.preApprovalDocument': {
        const files = filesOf(container);
        const value = key === 'service.preApprovalNumber' ? (textValues(readings)[0]?.value ?? singleValue(readings, container) ?? '') : undefined;
        pendingNumbers.push({ base: serviceBase, category: categoryNear(item.label, item.labelText), value, anchor, files });
        break;
      }
      case 'app.platform':
      case 'app.packageName':
      case 'app.publicKey':
      case 'app.signatureMd5': {
        const field = key.slice('app.'.length);
        const base = `${service === 'apps' ? serviceBase : `apps[${item.ctx.index}]`}.platforms`;
        const n = nextOccurrence(`${base}.${field}`);
        const platforms = (values.get(base) as Record<string, unknown>[] | undefined) ?? [];
        const entry = { ...(platforms[n] ?? {}) };
        const value = singleValue(readings, container);
        if (field === 'platform') {
          const platform = term(APP_PLATFORMS, value);
          if (platform) entry.platform = platform;
        } else if (value !== undefined) entry[field] = value;
        platforms[n] = entry;
        for (let i = 0; i < platforms.length; i++) platforms[i] ??= {};
        values.set(base, platforms);
        found.add(base);
        if (!anchors.has(base)) anchors.set(base, anchor);
        anchors.set(`${base}[${n}].${field}`, anchor);
        break;
      }
      default:
        break;
    }
  }

  const partial = new Set<string>();
  for (const [base, extra] of extraDomains) {
    const id = `${base}.domains`;
    if (!mainDomainFields.has(id)) partial.add(id);
    const main = ((values.get(id) as string[] | undefined) ?? []).filter(Boolean);
    const all = [...main, ...extra.values];
    values.set(id, all.length ? all : ['']);
    extra.anchors.forEach((a, i) => anchors.set(`${id}[${main.length + i}]`, a));
  }

  // Pre-approval numbers and documents: by the category named next to them, else in order of the ticked boxes.
  const nextIndex = new Map<string, number>();
  for (const pending of pendingNumbers) {
    const id = `${pending.base}.preApprovals`;
    const list = values.get(id) as { category: string; number?: string; documentUploaded?: boolean }[] | undefined;
    if (!list?.length) continue;
    let index = pending.category ? list.findIndex((p) => p.category === pending.category) : -1;
    const counter = `${id}|${pending.value === undefined ? 'doc' : 'number'}`;
    if (index < 0) {
      index = nextIndex.get(counter) ?? 0;
      nextIndex.set(counter, index + 1);
    }
    const entry = list[index];
    if (!entry) continue;
    if (pending.value !== undefined) {
      entry.number = pending.value;
      anchors.set(`${id}[${index}].number`, pending.anchor);
      anchors.set(`${id}[${index}]`, pending.anchor);
    }
    if (pending.files !== undefined) {
      entry.documentUploaded = (entry.documentUploaded ?? false) || pending.files > 0;
      const material = `materials.pre-approval-document@${pending.base}`;
      values.set(material, ((values.get(material) as number | undefined) ?? 0) + pending.files);
      found.add(material);
      if (!anchors.has(material)) anchors.set(material, pending.anchor);
    }
  }

  // No 备案类型 field: the page title or breadcrumb names the flow (变更备案, 注销网站 …).
  if (!values.has('filingType')) {
    const titled = memoTitle(layout, () => filingTypeOfPage(doc, candidates));
    if (titled) set('filingType', titled.type, titled.el);
  }

  const websites = [...serviceIndexes.websites];
  const apps = [...serviceIndexes.apps];
  const filingType = values.get('filingType') as string | undefined;
  // A container counts as a plain field only when that field is its only one.
  const fieldsOf = new Map<Element, number>();
  for (const container of plainOwner.values()) if (container) fieldsOf.set(container, (fieldsOf.get(container) ?? 0) + 1);
  for (const [id, container] of plainOwner) if (container && fieldsOf.get(container) === 1) plainFields.set(container, id);
  return { page: { step, found, values, anchors, expected: expectedFields(step, { websites, apps, values, filingType }), locked, ...(partial.size ? { partial } : {}) }, layout, plainFields };
}
