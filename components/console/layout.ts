/**
 * A page's layout: its field labels and section headings in document order, each label
 * with the section it sits in, and the wizard step on screen. Found once per layout and
 * reused while the user types (read-page.ts); driven by the console's tables.
 */
import { FILING_TYPES, termId, type FilingType } from '../../rules/model/vocabulary';
import type { ConsoleDefinition } from './define-console';
import type { Dom, LabelHit } from './dom';
import { headingText, isHidden, OWN_HOST_SELECTOR, plainText } from './dom';
import { serviceKind } from './fields/service';
import { singleValue } from './values';
import { MAX_SERVICES_PER_ORDER, normalizeLabel, ownEntry, type Block, type Heading, type LocalKey, type UploadSlot } from './local-keys';
import type { PageStep } from './page-read';
import { detectStep, inferStep } from './steps';

export type ServiceKind = 'websites' | 'apps';

/** The section a label sits in, from the headings above it. */
export interface Context {
  block?: Block;
  service?: ServiceKind;
  index: number;
  /** Under a 已备案网站N / 已备案APPN heading: the filed service and its index (-1: counted from the labels). */
  filedService?: ServiceKind;
  filedIndex?: number;
}

/** One field of the page: its label, its container and where it sits. */
export interface Item {
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

/** The fields of a page and the sections they sit in: what a read finds before it reads any value. */
export interface PageLayout {
  readonly items: readonly Item[];
  readonly step: PageStep;
  readonly candidates: readonly Element[];
  /** Service indexes named by headings (a card may have no field read yet). */
  readonly serviceIndexes: { readonly websites: ReadonlySet<number>; readonly apps: ReadonlySet<number> };
  /** The page hands the materials to the console's app or a QR code and shows no upload slot (PageRead.materialsElsewhere). */
  readonly materialsElsewhere: boolean;
}

function lookup(def: ConsoleDefinition, text: string): { key: Item['key']; ownerBlock?: Block } | undefined {
  const label = normalizeLabel(text);
  if (!label) return undefined;
  const { uploads, synonyms, ownerPrefixes } = def.labels;
  const upload = ownEntry(uploads, label);
  if (upload) return { key: upload };
  const direct = ownEntry(synonyms, label);
  if (direct) return { key: direct };
  for (const [prefix, block] of ownerPrefixes) {
    if (label.startsWith(prefix) && label.length > prefix.length) {
      const rest = ownEntry(synonyms, label.slice(prefix.length));
      if (rest) return { key: rest, ownerBlock: block };
    }
  }
  // "教育审批号", "新闻前置审批号": a number for one category.
  if (/审批号$/.test(label)) return { key: 'service.preApprovalNumber' };
  return undefined;
}

const byDocumentOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);

/** The order type a page title or breadcrumb names: 「变更备案」, 「ICP备案 / 注销网站」, 「新增接入（原备案在华为云）」. */
export function filingTypeFromTitle(titles: Readonly<Record<string, FilingType>>, raw: string): FilingType | undefined {
  const last = raw.split(/[/>›»]/).pop() ?? raw;
  const text = normalizeLabel(last)
    .replace(/^(?:我的)?ICP备案/i, '')
    .replace(/(?:订单|申请|流程)$/, '');
  if (!text || text.length > 16) return undefined;
  return ownEntry(titles, text) ?? (termId(FILING_TYPES, text) as FilingType | undefined);
}

/** The order type named by a page title, a breadcrumb's last item or the document title. */
function filingTypeOfPage(def: ConsoleDefinition, doc: Document, candidates: readonly Element[]): { type: string; el: Element } | undefined {
  const crumbs = Array.from(doc.body.querySelectorAll('[class*="crumb"]')).filter((el) => !el.parentElement?.closest('[class*="crumb"]'));
  for (const el of [...candidates, ...crumbs]) {
    const type = filingTypeFromTitle(def.filingTypeTitles, el.matches('[class*="crumb"]') ? (el.textContent ?? '') : headingText(el));
    if (type) return { type, el };
  }
  const type = filingTypeFromTitle(def.filingTypeTitles, doc.title ?? '');
  return type ? { type, el: candidates[0] ?? doc.body } : undefined;
}

/** The order type named by the page's titles: found once per layout (titles do not change as the user types). */
const titles = new WeakMap<PageLayout, ReturnType<typeof filingTypeOfPage>>();
export function titledFilingType(def: ConsoleDefinition, doc: Document, layout: PageLayout): ReturnType<typeof filingTypeOfPage> {
  if (!titles.has(layout)) titles.set(layout, filingTypeOfPage(def, doc, layout.candidates));
  return titles.get(layout);
}

/** Lone 同主体负责人 checkboxes (in a heading, with no label of their own): native boxes and checkbox components. */
function sameAsSubjectBoxes(def: ConsoleDefinition, dom: Dom, body: HTMLElement): Element[] {
  const component = dom.checkboxComponent;
  const isComponent = (el: Element) => component !== '' && el.matches(component);
  return (
    Array.from(body.querySelectorAll(component ? `input[type="checkbox"], ${component}` : 'input[type="checkbox"]'))
      .filter((el) => isComponent(el) || !component || !el.closest(component))
      // Cheap text test first: a page has dozens of option checkboxes.
      .filter((el) => ((el.closest('label') ?? el.parentElement)?.textContent ?? '').includes('主'))
      .filter((el) => {
        const reading = dom.readContainer(isComponent(el) ? el : (el.closest('label') ?? el)).find((r) => r.kind === 'check');
        return reading?.kind === 'check' && def.labels.sameAsSubject.has(normalizeLabel(reading.label));
      })
  );
}

/**
 * Whether the page says that the materials are uploaded elsewhere (the console's app, a
 * QR code): a label, a heading, a button or an image's alt text in the console's words.
 */
function saysMaterialsElsewhere(def: ConsoleDefinition, body: HTMLElement, labels: readonly LabelHit[], candidates: readonly Element[]): boolean {
  const words = def.labels.materialsElsewhere;
  if (!words) return false;
  const says = (text: string | null | undefined) => !!text && text.length <= 40 && words.test(normalizeLabel(text));
  if (labels.some((hit) => says(hit.text)) || candidates.some((el) => says(headingText(el)))) return true;
  return Array.from(body.querySelectorAll('button, a, [role="button"], img[alt]')).some(
    (el) => !el.closest(OWN_HOST_SELECTOR) && !isHidden(el) && says(el.tagName === 'IMG' ? el.getAttribute('alt') : el.textContent),
  );
}

export function scanLayout(def: ConsoleDefinition, dom: Dom, body: HTMLElement): PageLayout {
  // 1. Labels and headings in document order → items with their section context.
  const labels = dom.findLabels(body);
  const sameBoxes = sameAsSubjectBoxes(def, dom, body);
  const candidates = dom.findHeadingCandidates(body);
  // A console's headings numbering a service past the bound are not trusted (local-keys.ts).
  const inBounds = (h: Heading | undefined) => h !== undefined && (h.kind === 'block' || h.index < MAX_SERVICES_PER_ORDER);
  const headings = candidates.map((el) => ({ el, heading: def.headings(headingText(el)) })).filter((h) => inBounds(h.heading));
  type Node = { el: Element; heading?: Heading; hit?: (typeof labels)[number]; same?: Element };
  const nodes: Node[] = [
    ...headings.map((h) => ({ el: h.el, heading: h.heading })),
    ...labels.map((hit) => ({ el: hit.label, hit })),
    ...sameBoxes.map((el) => ({ el, same: el })),
  ].sort((a, b) => byDocumentOrder(a.el, b.el));
  const sameContainer = dom.checkboxComponent ? `label, ${dom.checkboxComponent}` : 'label';

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
      items.push({
        key: 'principal.sameAsSubjectPrincipal',
        label: node.same,
        rawLabel: '同主体负责人',
        labelText: '同主体负责人',
        container: node.same.closest(sameContainer) ?? node.same,
        ctx: { ...ctx },
        ownerBlock: 'service-principal',
      });
      continue;
    }
    const hit = node.hit!;
    const match = lookup(def, hit.text);
    if (!match) continue;
    items.push({
      key: match.key,
      label: hit.label,
      rawLabel: hit.text,
      labelText: normalizeLabel(hit.text),
      container: hit.container,
      ctx: { ...ctx },
      ownerBlock: match.ownerBlock,
    });
  }

  // 2. Materials uploaded elsewhere: the page says so and has no upload slot of its own.
  const materialsElsewhere = !items.some((item) => typeof item.key !== 'string') && saysMaterialsElsewhere(def, body, labels, candidates);

  // 3. Which step is on screen (a page that hands the uploads off is the upload step's).
  let step: PageStep =
    detectStep(def.steps, dom.currentStepText(body), candidates.map(headingText)) ??
    inferStep(items.map((i) => (typeof i.key === 'string' ? i.key : 'upload')));
  if (step === 'unknown' && materialsElsewhere) step = 'upload';
  // A service step's 服务类型 (网站应用服务, App应用服务) says whose fields it shows: 填写互联网信息服务 names both.
  const kindItem = step === 'website' || step === 'app' ? items.find((item) => item.key === 'serviceKind') : undefined;
  const kind =
    kindItem &&
    serviceKind(
      def,
      singleValue(dom.readContainer(kindItem.container), () => plainText(kindItem.container)),
    );
  if (kind) step = kind === 'apps' ? 'app' : 'website';
  return { items, step, candidates, serviceIndexes, materialsElsewhere };
}
