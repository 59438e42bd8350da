/**
 * From a page's layout to field ids and values: each field's local key picks its writer
 * (FIELD_WRITERS, grouped by topic in this folder); a record block (`filed`) has its own
 * (filed.ts); upload slots count files (uploads.ts). After every field: 从域名 rows join
 * their card's domains, pre-approval numbers find their categories, and a page without a
 * 备案类型 field takes the type from its title.
 */
import { LOCKABLE } from '../order-model';
import type { ConsoleDefinition } from '../define-console';
import type { Dom, Reading } from '../dom';
import { titledFilingType, type Context, type PageLayout, type ServiceKind } from '../layout';
import type { LocalKey } from '../local-keys';
import type { PageRead, UnreadValue } from '../page-read';
import { expectedFields } from '../steps';
import { singleValue, term } from '../values';
import { appWriters } from './app';
import type { FieldContext, ReadState, Writer } from './context';
import { writeFiled } from './filed';
import { identityWriters } from './identity';
import { networkWriters } from './network';
import { pairPreApprovals, preApprovalWriters } from './pre-approval';
import { principalWriters } from './principal';
import { serviceKind, serviceWriters } from './service';
import { writeUpload } from './uploads';

export type { Writer } from './context';

/** Every local key's writer. */
export const FIELD_WRITERS: Readonly<Record<LocalKey, Writer>> = {
  ...identityWriters,
  ...principalWriters,
  ...serviceWriters,
  ...networkWriters,
  ...preApprovalWriters,
  ...appWriters,
  serviceKind: (s, f) => void serviceKind(s.def, s.single(f.readings, f.container), (text) => s.unread({ field: 'serviceKind', text })),
  // Upload slots are items with an UploadSlot, written by writeUpload; `upload` only names them to inferStep.
  upload: () => undefined,
};

/** What a read learnt from each container, memoised for the next read (read-page.ts). */
export interface FactsAccess {
  readings(container: Element): Reading[];
  files(container: Element): number | undefined;
  plain(container: Element): string;
  /** Where a field's warning goes. */
  anchor(label: Element, container: Element): Element;
  locked(container: Element, compute: () => boolean): boolean;
}

/** The field shows its value greyed or as plain text: the user cannot edit it here. */
function isLocked(dom: Dom, readings: readonly Reading[], container: Element, plain: () => string): boolean {
  const values = readings.filter((r) => r.kind !== 'check');
  if (readings.length === 0) return plain() !== '';
  return values.length > 0 && values.every((r) => r.el.matches(dom.disabled) || r.el.closest(dom.disabled) !== null);
}

export interface FieldsRead {
  readonly page: PageRead;
  /** Container → the one plain text field it sets (for the one-field re-read). */
  readonly plainFields: ReadonlyMap<Element, string>;
}

export function readFields(def: ConsoleDefinition, dom: Dom, doc: Document, layout: PageLayout, facts: FactsAccess): FieldsRead {
  const { items, step } = layout;
  const serviceIndexes = { websites: new Set(layout.serviceIndexes.websites), apps: new Set(layout.serviceIndexes.apps) };
  const values = new Map<string, unknown>();
  const anchors = new Map<string, Element>();
  const found = new Set<string>();
  const locked = new Set<string>();
  const plainFields = new Map<Element, string>();
  const occurrences = new Map<string, number>();
  /** Field id → the container of each plain text field set so far (undefined: set by more than one, or not plain). */
  const plainOwner = new Map<string, Element | undefined>();
  // Filed services listed without numbered headings: a second 网站名称 starts the next one.
  const filedCount = { websites: -1, apps: -1 };
  const unread: UnreadValue[] = [];
  /** The field ids the current item's writer has set (where an unknown control is reported), and its label. */
  let touched: string[] = [];
  let label = '';

  const state: ReadState = {
    def,
    dom,
    step,
    values,
    anchors,
    found,
    set(id, value, anchor) {
      touched.push(id);
      if (found.has(id) && plainOwner.has(id)) plainOwner.set(id, undefined);
      found.add(id);
      if (!anchors.has(id)) anchors.set(id, anchor);
      if (value !== undefined && !values.has(id)) values.set(id, value);
    },
    setPlain(id, readings, container, anchor) {
      plainOwner.set(id, found.has(id) ? undefined : container);
      state.set(id, state.single(readings, container), anchor);
    },
    lock(id, readings, container) {
      if (LOCKABLE.test(id) && facts.locked(container, () => isLocked(dom, readings, container, () => facts.plain(container)))) locked.add(id);
    },
    nextOccurrence(id) {
      const n = occurrences.get(id) ?? 0;
      occurrences.set(id, n + 1);
      return n;
    },
    filedBase(ctx: Readonly<Context>, kind: ServiceKind, startsItem: boolean) {
      if (ctx.filedService === kind && ctx.filedIndex !== undefined && ctx.filedIndex >= 0) return `filed.${kind}[${ctx.filedIndex}]`;
      if (startsItem || filedCount[kind] < 0) filedCount[kind]++;
      return `filed.${kind}[${filedCount[kind]}]`;
    },
    single: (readings, container) => singleValue(readings, () => facts.plain(container)),
    files: (container) => facts.files(container),
    unread(entry) {
      if (!unread.some((u) => u.field === entry.field && u.text === entry.text && u.widget === entry.widget)) unread.push({ ...entry, label });
    },
    term(field, vocabulary, text) {
      const id = term(vocabulary, text);
      if (id === undefined && text?.trim()) state.unread({ field, text: text.trim() });
      return id;
    },
    terms(field, vocabulary, texts) {
      const ids: (keyof typeof vocabulary & string)[] = [];
      for (const text of texts) {
        const id = state.term(field, vocabulary, text);
        if (id !== undefined && !ids.includes(id)) ids.push(id);
      }
      return ids;
    },
    pendingNumbers: [],
    extraDomains: new Map(),
    mainDomainFields: new Set(),
  };

  const defaultService: ServiceKind = step === 'app' ? 'apps' : 'websites';
  for (const item of items) {
    const block = item.ownerBlock ?? item.ctx.block;
    const service = item.ctx.service ?? (/^APP/i.test(item.labelText) ? 'apps' : defaultService);
    // Step 1 asks for a domain or an APP name only to check the filing type; the service steps own them.
    if (step === 'verify' && !item.ctx.service && typeof item.key === 'string' && (item.key.startsWith('service.') || item.key.startsWith('app.'))) continue;
    const serviceBase = `${service}[${item.ctx.index}]`;
    if (item.ctx.service) serviceIndexes[service].add(item.ctx.index);
    const container = item.container;
    // A lone checkbox (同主体负责人 in a heading): the warning goes after the whole checkbox.
    const anchor = facts.anchor(item.label, container);

    if (typeof item.key !== 'string') {
      writeUpload(state, item as typeof item & { key: Exclude<typeof item.key, string> }, block, serviceBase, anchor);
      continue;
    }
    const inService = block === 'service' || block === 'service-principal' || (block === undefined && (step === 'website' || step === 'app'));
    const field: FieldContext = {
      item,
      key: item.key,
      block,
      service,
      serviceBase,
      inService,
      principalBase: inService ? `${serviceBase}.principal` : 'subject.principal',
      readings: facts.readings(container),
      container,
      anchor,
    };
    touched = [];
    label = item.labelText;
    if (block === 'filed') writeFiled(state, field);
    else FIELD_WRITERS[item.key](state, field);
    const widget = field.readings.find((r) => r.kind === 'widget');
    if (widget) state.unread({ field: touched[0] ?? item.key, widget: widget.el.tagName.toLowerCase() });
  }

  // 从域名 rows after the card's main domain; a card with 从域名 only shows part of its domains.
  const partial = new Set<string>();
  for (const [base, extra] of state.extraDomains) {
    const id = `${base}.domains`;
    if (!state.mainDomainFields.has(id)) partial.add(id);
    const main = ((values.get(id) as string[] | undefined) ?? []).filter(Boolean);
    const all = [...main, ...extra.values];
    values.set(id, all.length ? all : ['']);
    extra.anchors.forEach((a, i) => anchors.set(`${id}[${main.length + i}]`, a));
  }

  pairPreApprovals(state);

  // No 备案类型 field: the page title or breadcrumb names the flow (变更备案, 注销网站 …).
  if (!values.has('filingType')) {
    const titled = titledFilingType(def, doc, layout);
    if (titled) state.set('filingType', titled.type, titled.el);
  }

  const websites = [...serviceIndexes.websites];
  const apps = [...serviceIndexes.apps];
  const filingType = values.get('filingType') as string | undefined;
  // A container counts as a plain field only when that field is its only one.
  const fieldsOf = new Map<Element, number>();
  for (const container of plainOwner.values()) if (container) fieldsOf.set(container, (fieldsOf.get(container) ?? 0) + 1);
  for (const [id, container] of plainOwner) if (container && fieldsOf.get(container) === 1) plainFields.set(container, id);
  const elsewhere = layout.materialsElsewhere;
  // Materials handed to the console's app are not expected on the page.
  const expected = expectedFields(def.steps, step, { websites, apps, values, filingType }).filter((id) => !elsewhere || !id.startsWith('materials.'));
  return {
    page: {
      step,
      found,
      values,
      anchors,
      expected,
      locked,
      ...(partial.size ? { partial } : {}),
      ...(elsewhere ? { materialsElsewhere: true as const } : {}),
      ...(unread.length ? { unread } : {}),
    },
    plainFields,
  };
}
