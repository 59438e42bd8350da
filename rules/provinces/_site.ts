/**
 * Helpers shared by the province SITE rules (names, domains, materials, addresses,
 * contacts, service content). Not a rule: the `_` prefix keeps it out of the registry.
 */
import { flatMap } from '../checks/arrays';
import { registrableDomain, hostOf, publicSuffix } from '../checks/domain';
import { memoByText } from '../checks/memo';
import { perRun } from '../engine/per-run';
import type { Bilingual, SourceRef } from '../engine/types';
import type { FilingForm } from '../model/filing-form';
import { PROVINCES, type ProvinceCode } from '../model/provinces';
import { isCancelFilingType, type SubjectNature } from '../model/vocabulary';

export function isPersonal(form: FilingForm): boolean {
  return form.subject?.nature === 'individual';
}

/** The entry of a per-province table for the form's province (and nature, when the entry names natures). */
export function provinceEntry<T>(table: Partial<Record<ProvinceCode, T | readonly T[]>>, form: FilingForm): T | undefined {
  const entry = form.province ? table[form.province] : undefined;
  const entries = (entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]) as readonly T[];
  const nature = form.subject?.nature;
  return entries.find((e) => {
    const natures = (e as { natures?: readonly SubjectNature[] }).natures;
    return !natures || (nature !== undefined && natures.includes(nature));
  });
}

/**
 * The provinces a per-province table has rows for: a shared rule's `scope.provinces`, so
 * that the scope and the table cannot drift apart (a meta-test checks they agree).
 */
export function provincesOf(table: Partial<Record<ProvinceCode, unknown>>): ProvinceCode[] {
  return Object.keys(table) as ProvinceCode[];
}

type Sourced = { readonly sources: readonly SourceRef[] };

/** Every source a per-province table cites, each once (for a shared rule's `sources`). */
export function tableSources(table: Partial<Record<ProvinceCode, Sourced | readonly Sourced[] | readonly SourceRef[]>>): SourceRef[] {
  const out: SourceRef[] = [];
  for (const value of Object.values(table)) {
    for (const item of (Array.isArray(value) ? value : [value]) as (Sourced | SourceRef)[]) {
      if (typeof item === 'string' || 'url' in item) out.push(item);
      else out.push(...item.sources);
    }
  }
  return [...new Set(out)];
}

export interface OrderDomain {
  /** The registrable domain (example.com.cn). */
  readonly domain: string;
  /** The label left of the public suffix: "example" — what 管局 call the domain's prefix. */
  readonly prefix: string;
  readonly suffix: string;
  /** Where it was typed: `websites[0].domains[1]`. */
  readonly field: string;
  readonly site: number;
}

/** Every registrable domain the order's websites list, each once, in order (worked out once per engine run). */
export function orderDomains(form: FilingForm): OrderDomain[] {
  return orderDomainsOnce(form);
}

const orderDomainsOnce = perRun(function listOrderDomains(form: FilingForm): OrderDomain[] {
  const seen = new Set<string>();
  const out: OrderDomain[] = [];
  (form.websites ?? []).forEach((site, s) =>
    (site.domains ?? []).forEach((typed, d) => {
      const { domain, prefix, suffix } = domainParts(typed);
      if (!domain || seen.has(domain)) return;
      seen.add(domain);
      out.push({ domain, prefix, suffix, field: `websites[${s}].domains[${d}]`, site: s });
    }),
  );
  return out;
});

/** A typed domain's registrable domain, prefix and suffix: remembered by text, as domains rarely change between runs. */
const domainParts = memoByText((typed: string) => {
  const host = hostOf(typed);
  const domain = registrableDomain(host) ?? host;
  const suffix = publicSuffix(domain);
  return { domain, prefix: domain.slice(0, domain.length - suffix.length - 1), suffix };
});

/** Distinct prefixes, in the order typed: example.com and example.cn count once (as "example"). */
export function distinctPrefixes(domains: readonly OrderDomain[]): string[] {
  return [...new Set(domains.map((d) => d.prefix))];
}

/** Site count after this order: those already filed under the subject plus the ones in the form. */
export function sitesAfterOrder(form: FilingForm): number | undefined {
  const filed = form.declarations?.filedServiceCount;
  if (filed === undefined) return undefined;
  return filed + (form.filingType === 'first' || form.filingType === 'add-service' ? (form.websites?.length ?? 0) : 0);
}

/** A holder name compared as people type it: no spaces, full-width brackets as half-width. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && holderKey(a) === holderKey(b);
}

/** A name as sameName() compares it; remembered by text across runs. */
const holderKey = memoByText((v) => v.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')'));

/** Cancellation orders upload no filing materials. */
export function isCancellation(form: FilingForm): boolean {
  return isCancelFilingType(form.filingType);
}

/** Website names that contain one of `words`: [{ index, word }]. */
export function siteNamesContaining(form: FilingForm, words: readonly string[]): { index: number; word: string }[] {
  return flatMap(form.websites ?? [], (site, index) => {
    const word = words.find((w) => (site.name ?? '').toLowerCase().includes(w.toLowerCase()));
    return word ? [{ index, word }] : [];
  });
}

/**
 * The local-mobile (号码归属地) rules: the form cannot see where a number is registered, so
 * the side panel asks (declarations.mobilesLocal). Reports `fields` when the answer is no.
 */
export function notLocalMobile<M extends string>(form: FilingForm, fields: readonly string[], message: M, province: Bilingual) {
  return form.declarations?.mobilesLocal === false ? fields.map((field) => ({ field, message, params: { province } })) : [];
}

/** The form's province as a placeholder value: 湖北 / Hubei. */
export function provinceName(form: FilingForm): Bilingual {
  const province = PROVINCES.find((p) => p.code === form.province);
  return { 'zh-CN': province?.zh ?? '', en: province?.en ?? '' };
}

/** Websites whose service content includes 博客/个人空间: `{ field, message, params: { n } }` for each. */
export function blogChosen<M extends string>(form: FilingForm, message: M) {
  return flatMap(form.websites ?? [], (site, i) =>
    (site.serviceContent ?? []).includes('blog') ? [{ field: `websites[${i}].serviceContent`, message, params: { n: i + 1 } }] : [],
  );
}

/** 网站备案信息真实性核验单: declared by the rules that ask for it (not in the catalog). */
export const VERIFICATION_SHEET = {
  zh: '网站备案信息真实性核验单',
  en: 'Website filing authenticity verification sheet',
  howTo: {
    zh: '备案系统生成或下载，按要求填写、签字（单位盖章），上传原件彩色照片或扫描件。',
    en: 'Generated by or downloaded from the filing system; fill in, sign (units: stamp) and upload a colour photo or scan of the original.',
  },
} as const;

/** The subject's own province, city and district, for stripping region words from its name. */
export function regionsOf(form: FilingForm): (string | undefined)[] {
  const address = form.subject?.mailingAddress;
  return [address?.province, address?.city, address?.district];
}

/** Websites listing more than one homepage URL: `{ field, message, params: { n, count } }` for each. */
export function multipleHomepages<M extends string>(form: FilingForm, message: M) {
  return flatMap(form.websites ?? [], (site, i) => {
    const count = (site.homepageUrls ?? []).filter((u) => u.trim()).length;
    return count > 1 ? [{ field: `websites[${i}].homepageUrls`, message, params: { n: i + 1, count } }] : [];
  });
}
