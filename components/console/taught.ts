/**
 * Fields the user taught (components/messaging/taught.ts): finding the control again (its
 * locator is built by locator.ts when the user picks it), and the layout items that let the
 * console's own field writers read it (fields/*.ts), with the same component-library readers
 * as every other field. A taught field is used only while the adapter does not find the
 * field itself; one whose control is gone is reported (AdapterHealth.staleTaught).
 */
import type { TaughtFields, TaughtLocator } from '../messaging/taught';
import type { ConsoleDefinition } from './define-console';
import { isHidden, OWN_HOST_SELECTOR, type Dom, type LabelHit } from './dom';
import type { Context, Item, PageLayout } from './layout';
import { normalizeLabel, type Block, type LocalKey, type UploadSlot } from './local-keys';
import type { PageRead } from './page-read';

/** Field ids of the subject and the order that are their own local key. */
const OWN_KEYS: ReadonlySet<string> = new Set([
  'filingType',
  'province',
  'resource.type',
  'resource.authCode',
  'subject.nature',
  'subject.name',
  'subject.certType',
  'subject.certNumber',
  'subject.certAddress',
  'subject.mailingAddress',
  'subject.investor',
]);

/** A principal's field ids and the local key that writes each (`principal.<name>`, the validity dates together). */
const principalKey = (name: string): LocalKey | undefined =>
  /^(?:name|idType|idNumber|mobile|emergencyPhone|email|officePhone)$/.test(name)
    ? (`principal.${name}` as LocalKey)
    : /^(?:idValidFrom|idValidTo|idLongTerm)$/.test(name)
      ? 'principal.idValidity'
      : undefined;

/** A service card's field ids and their local keys (`service.<name>`; an app's platforms and IPs are `app.` keys). */
const serviceKey = (name: string): LocalKey | undefined =>
  /^(?:name|domains|homepageUrls|ipRanges|serviceContent|languages|preApprovals)$/.test(name)
    ? (`service.${name}` as LocalKey)
    : name === 'platforms'
      ? 'app.platform'
      : name === 'ips'
        ? 'app.ips'
        : undefined;

/** Where a field id's writer is: its local key (or upload slot) and the section it sits in. */
export interface TaughtSlot {
  readonly key: LocalKey | UploadSlot;
  readonly ctx: Readonly<Context>;
}

/** The local key and section that write `fieldId` on console `def`; undefined for a field no writer sets alone. */
export function taughtSlot(def: ConsoleDefinition, fieldId: string): TaughtSlot | undefined {
  if (OWN_KEYS.has(fieldId)) return { key: fieldId as LocalKey, ctx: { block: 'subject', index: 0 } };
  const principal = /^subject\.principal\.(\w+)$/.exec(fieldId);
  if (principal) {
    const key = principalKey(principal[1]!);
    return key && { key, ctx: { block: 'subject-principal', index: 0 } };
  }
  const service = /^(websites|apps)\[(\d{1,2})\]\.(principal\.)?(\w+)$/.exec(fieldId);
  if (service) {
    const [, kind, index, inPrincipal, name] = service as unknown as [string, 'websites' | 'apps', string, string | undefined, string];
    const key = inPrincipal ? principalKey(name) : serviceKey(name);
    const block: Block = inPrincipal ? 'service-principal' : 'service';
    return key && { key, ctx: { block, service: kind, index: Number(index) } };
  }
  const material = /^materials\.([\w-]{1,60})$/.exec(fieldId);
  if (material) {
    const slot = Object.values(def.labels.uploads).find((s) => s.material === material[1] && !s.perService && !s.principalId);
    return slot && { key: slot, ctx: { block: 'upload', index: 0 } };
  }
  return undefined;
}

const pathSelector = (path: readonly string[]) => [...path].reverse().join(' > ');

/** The label hit whose field container holds `el`, the innermost one. */
export function labelHitOf(hits: readonly LabelHit[], el: Element): LabelHit | undefined {
  let best: LabelHit | undefined;
  for (const hit of hits) if (hit.container.contains(el) && (!best || best.container.contains(hit.container))) best = hit;
  return best;
}

/** Where a taught field is on the page now: its label (or control) and the container its writer reads. */
function locate(dom: Dom, body: HTMLElement, hits: readonly LabelHit[], locator: TaughtLocator): { label: Element; container: Element } | undefined {
  let controls: Element[];
  try {
    controls = Array.from(body.querySelectorAll(pathSelector(locator.path))).filter((el) => !el.closest(OWN_HOST_SELECTOR) && !isHidden(el));
  } catch {
    return undefined;
  }
  if (locator.label) {
    for (const hit of hits) {
      if (normalizeLabel(hit.text) !== locator.label) continue;
      if (controls.some((el) => hit.container.contains(el))) return { label: hit.label, container: hit.container };
    }
    return undefined;
  }
  // No label to go by: only a path that names one control.
  if (controls.length !== 1) return undefined;
  const control = controls[0]!;
  const hit = labelHitOf(hits, control);
  return hit ? { label: hit.label, container: hit.container } : { label: control, container: control };
}

/** What a read takes from the taught fields of its step. */
export interface TaughtRead {
  /** Layout items for the taught fields found on the page. */
  readonly items: readonly Item[];
  /** Fields read through a taught locator. */
  readonly taught: readonly string[];
  /** Taught fields the adapter does not find and whose locator matches nothing: the console changed again. */
  readonly stale: readonly string[];
}

/** The taught fields of the page's step that the adapter did not find (PageRead.found), located. */
export function taughtItems(def: ConsoleDefinition, dom: Dom, body: HTMLElement, layout: PageLayout, page: PageRead, fields: TaughtFields): TaughtRead {
  const step = layout.step === 'unknown' ? undefined : fields[layout.step];
  const wanted = step ? Object.entries(step).filter(([field]) => !page.found.has(field)) : [];
  if (wanted.length === 0) return { items: [], taught: [], stale: [] };
  const hits = dom.findLabels(body);
  const items: Item[] = [];
  const taught: string[] = [];
  const stale: string[] = [];
  for (const [field, locator] of wanted) {
    const slot = taughtSlot(def, field);
    const where = slot && locate(dom, body, hits, locator);
    if (!slot || !where) {
      stale.push(field);
      continue;
    }
    taught.push(field);
    items.push({
      key: slot.key,
      label: where.label,
      rawLabel: locator.label,
      labelText: locator.label,
      container: where.container,
      ctx: slot.ctx,
      ownerBlock: slot.ctx.block,
    });
  }
  return { items, taught, stale };
}
