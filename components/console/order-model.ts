/**
 * The order model: what is known about the filing order across the wizard's steps, kept
 * in memory only. A value read on an earlier step stays known on later steps; the page
 * is authoritative for the fields it shows, so a field read on a step and no longer shown
 * when that step is on screen again is forgotten. A new order starts empty.
 */
import { applyChanges } from '../messaging/page-changes';
import type { FilingForm } from '../../rules/model/filing-form';
import { fieldIdSteps } from '../../rules/model/field-path';
import { MAX_SERVICES_PER_ORDER } from './local-keys';
import type { PageRead, PageStep } from './page-read';
import { isCancelFilingType } from '../../rules/model/vocabulary';

interface Entry {
  readonly value: unknown;
  readonly step: PageStep;
  /** Shown greyed or as plain text (PageRead.locked). */
  readonly locked?: boolean;
}

/**
 * Order fields whose value, in a change or cancellation order, is the current record's:
 * `filed` id for each. Rules compare the edited form with `filed` (rules/national/_filed.ts).
 */
function filedIdOf(id: string): string | undefined {
  if (id === 'province') return 'filed.province';
  if (id === 'subject.nature') return 'filed.subjectNature';
  if (id === 'subject.name') return 'filed.subjectName';
  if (id === 'subject.certNumber') return 'filed.certNumber';
  const service = /^((?:websites|apps)\[\d+\])\.(name|domains)$/.exec(id);
  if (service && !(service[1]!.startsWith('apps') && service[2] === 'domains')) return `filed.${service[1]}.${service[2]}`;
  return undefined;
}

/** Fields that, greyed in a change or cancellation order, show the current record (filedIdOf copies them to `filed`). */
export const LOCKABLE = /^(?:province|subject\.(?:nature|name|certNumber)|(?:websites|apps)\[\d+\]\.(?:name|domains))$/;

type Declarations = NonNullable<FilingForm['declarations']>;

/** Paths parsed once: the form is rebuilt on every key press from the same few dozen ids. */
const paths = new Map<string, readonly (string | number)[]>();
function pathOf(id: string): readonly (string | number)[] {
  let path = paths.get(id);
  if (!path) {
    if (paths.size > 5000) paths.clear(); // a page with thousands of fields must not grow this forever
    path = fieldIdSteps(id); // `materials.x@websites[0]` keeps its key whole
    paths.set(id, path);
  }
  return path;
}

/** Names that would reach an object's prototype instead of a field of its own. */
const PROTOTYPE_STEPS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Whether the form must not hold the id: its path indexes an item past MAX_SERVICES_PER_ORDER
 * (or one too large to count, kept as a string of digits), or names a prototype. The readers
 * bound the numbers they take from page text; this is the second line: a form is never an
 * array with holes up to such an index. Field ids also come from the side panel's answers
 * (setPrincipalFlag): `__proto__` there would have written into every object of this world.
 */
function refused(id: string): boolean {
  return pathOf(id).some((step) => (typeof step === 'number' ? step >= MAX_SERVICES_PER_ORDER : /^\d+$/.test(step) || PROTOTYPE_STEPS.has(step)));
}

/**
 * The longest list a form keeps. No console list comes near it (at most MAX_SERVICES_PER_ORDER
 * services, a few domains or addresses each); a longer one is cut rather than copied item by item.
 */
const MAX_LIST_LENGTH = 1000;

function setPath(root: Record<string, unknown>, id: string, value: unknown) {
  if (refused(id)) return;
  const path = pathOf(id);
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = nextIsIndex ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = clone(value);
}

const clone = <T>(value: T): T => (value === null || typeof value !== 'object' ? value : (JSON.parse(JSON.stringify(value)) as T));

/** Arrays built from indexes may have holes (网站2 read, 网站1 not): fill them with empty items. */
function fillHoles(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value.length > MAX_LIST_LENGTH ? value.slice(0, MAX_LIST_LENGTH) : value, (v) => fillHoles(v ?? {}));
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = fillHoles(v);
  }
  return value;
}

const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

export class OrderModel {
  private entries = new Map<string, Entry>();
  private declarations: Declarations = {};
  private flags = new Map<string, boolean>();
  private orderKey: string | undefined;
  /**
   * The form as last built, and the fields whose plain value (a string, a number, a flag)
   * has changed since; undefined when anything else changed and the form must be built
   * again. A key press changes one such value: form() then copies only the objects on
   * its path.
   */
  private built: FilingForm | undefined;
  private changedSinceBuilt: string[] | undefined;

  /** Starts over when the page shows another order (its id in the URL changed). */
  setOrderKey(key: string | undefined): void {
    if (key !== undefined && this.orderKey !== undefined && key !== this.orderKey) this.reset();
    if (key !== undefined) this.orderKey = key;
  }

  reset(): void {
    this.changedSinceBuilt = undefined;
    this.entries.clear();
    this.declarations = {};
    this.flags.clear();
    this.orderKey = undefined;
  }

  /**
   * Merges one page read. Step 1's certificate number cannot change within an order
   * (https://support.huaweicloud.com/pi-icp/icp_03_0002.html), so a different one there means another order: start over.
   */
  merge(read: PageRead): void {
    const certNumber = read.values.get('subject.certNumber');
    const known = this.entries.get('subject.certNumber')?.value;
    if (read.step === 'verify' && typeof certNumber === 'string' && certNumber && typeof known === 'string' && known && known !== certNumber) {
      const laterSteps = [...this.entries.values()].some((e) => e.step !== 'verify' && e.step !== 'unknown');
      if (laterSteps) this.reset();
    }
    if (read.step !== 'unknown') {
      for (const [id, entry] of this.entries) {
        if (entry.step === read.step && !read.found.has(id)) {
          this.entries.delete(id);
          this.changedSinceBuilt = undefined;
        }
      }
    }
    for (const id of read.found) {
      if (refused(id)) continue;
      const value = read.values.get(id);
      const before = this.entries.get(id);
      const locked = read.locked?.has(id) ?? false;
      if (value === undefined) {
        if (before) this.changedSinceBuilt = undefined;
        this.entries.delete(id);
        continue;
      }
      if (before?.value === value && before.step === read.step && (before.locked ?? false) === locked) continue;
      if (before && before.step === read.step && (before.locked ?? false) === locked && isScalar(value) && isScalar(before.value))
        this.changedSinceBuilt?.push(id);
      else this.changedSinceBuilt = undefined;
      this.entries.set(id, { value, step: read.step, ...(locked ? { locked: true } : {}) });
    }
  }

  /**
   * The side panel sends its whole set of answers each time (components/panel/questions.tsx),
   * so the set replaces the previous one: an answer the user cleared is absent from it and
   * becomes unknown again. Keys sent as undefined or null are dropped the same way.
   */
  setDeclarations(declarations: Declarations): void {
    const next: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(declarations)) if (value !== undefined && value !== null) next[key] = clone(value);
    this.declarations = next as Declarations;
    this.changedSinceBuilt = undefined;
  }

  /** `subject.principal` or `websites[0].principal` (with or without `.isLegalRepresentative`). */
  setPrincipalFlag(field: string, isLegalRepresentative: boolean): void {
    const id = field.endsWith('.isLegalRepresentative') ? field : `${field}.isLegalRepresentative`;
    this.flags.set(id, isLegalRepresentative);
    this.changedSinceBuilt = undefined;
  }

  /**
   * The current record from what the order shows: in a change or add order the console
   * greys what it carries over from the record (https://huaweicloud.com/s/JW15c3Fs5pu05pS55a2X5q615Li6bG9uZ3RleHQl/t_30_p_1/JUlDUOWkh-ahiCU); a cancellation
   * edits nothing, so all it shows is the record. A first filing has no record. Values read
   * from a 已备案信息 block win; filed websites come from one source only, so their
   * positions never mix.
   */
  private deriveFiled(root: Record<string, unknown>): void {
    const type = this.entries.get('filingType')?.value;
    if (typeof type !== 'string' || type === 'first') return;
    const cancel = isCancelFilingType(type);
    const explicit = [...this.entries.keys()].filter((id) => id.startsWith('filed.'));
    for (const [id, entry] of this.entries) {
      const target = filedIdOf(id);
      if (!target || !(cancel || entry.locked)) continue;
      if (explicit.includes(target)) continue;
      // Names or domains of filed services read from a 已备案 block may be numbered differently.
      const services = /^filed\.(websites|apps)\[/.exec(target)?.[1];
      if (services && explicit.some((e) => new RegExp(`^filed\\.${services}\\[\\d+\\]\\.(name|domains)$`).test(e))) continue;
      const value = Array.isArray(entry.value) ? entry.value.filter((v) => typeof v !== 'string' || v.trim() !== '') : entry.value;
      setPath(root, target, value);
    }
  }

  /** The form of everything known: the last one with the changed plain values, when that is all that changed. */
  form(): FilingForm {
    const changed = this.changedSinceBuilt;
    if (this.built && changed && changed.every((id) => this.patchable(id))) {
      if (changed.length)
        this.built = applyChanges(
          this.built,
          changed.map((id) => ({ path: pathOf(id), value: this.entries.get(id)!.value })),
        );
    } else this.built = this.formFromScratch();
    this.changedSinceBuilt = [];
    return this.built;
  }

  /**
   * Whether a changed value lands in the form at its own path and nowhere else: not the
   * order type, not the record's own fields, and in a change or cancellation order not a
   * value the record takes from the order (deriveFiled).
   */
  private patchable(id: string): boolean {
    if (id === 'filingType' || id.startsWith('filed.') || id.startsWith('materials.') || id.startsWith('declarations.')) return false;
    const type = this.entries.get('filingType')?.value;
    if (typeof type !== 'string' || type === 'first') return true;
    return !isCancelFilingType(type) && !this.entries.get(id)?.locked && filedIdOf(id) === undefined;
  }

  /** The form built from every entry: what form() always equals (tests compare the two). */
  formFromScratch(): FilingForm {
    const root: Record<string, unknown> = {};
    const ids = [...this.entries.keys()].sort();
    for (const id of ids) setPath(root, id, this.entries.get(id)!.value);
    this.deriveFiled(root);
    // The user's answers in the side panel; what the page shows wins.
    for (const [id, flag] of this.flags) if (!this.entries.has(id)) setPath(root, id, flag);
    if (Object.keys(this.declarations).length) root.declarations = clone(this.declarations);
    return fillHoles(root) as FilingForm;
  }
}
