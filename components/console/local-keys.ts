/**
 * The generic vocabulary of a console read: the local keys a label table maps labels to,
 * the blocks and headings that place them, and the label normalisation every console
 * shares. A console's own tables (entrypoints/<console>.content/labels.ts) use these
 * types; the field writers (fields/*.ts) turn local keys into field ids.
 */

import { withoutBracketed } from '../../rules/checks/brackets';

/** Strips what decorates a label: required stars, colons, spaces, parenthesised hints (选填), help-icon glyphs, title marks (《…》). */
export function normalizeLabel(text: string): string {
  // \s already holds U+3000 and U+00A0.
  return withoutBracketed(text.replace(/\s+/g, ''))
    .replace(/[《》〈〉]/g, '')
    .replace(/[*＊:：?？ⓘ❓]/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .trim();
}

/**
 * The most websites or apps an order may hold, as far as the adapter believes page text.
 * A console order holds a handful; the largest count any rule checks is 陕西's 30 websites
 * for a unit (provinces/sn/site-count-limit). Numbers come from headings and slot labels
 * (「网站2」, 「…（APP3）」), which are page text: without a bound, 「网站4294967295」 made
 * the form an array of that length and ran the console tab out of memory.
 */
export const MAX_SERVICES_PER_ORDER = 100;

/** The index of the service numbered `digits` (1-based, as the console counts), or undefined past the bound. */
export function serviceIndexOf(digits: string): number | undefined {
  if (digits.length > 3) return undefined;
  const n = Number(digits);
  return Number.isInteger(n) && n >= 1 && n <= MAX_SERVICES_PER_ORDER ? n - 1 : undefined;
}

/**
 * 「网站负责人证件（网站2）」, 「…（APP1）」: the card a per-service upload slot belongs to, as
 * every console so far writes it; a number past the bound names none (serviceIndexOf).
 */
export function serviceHint(raw: string): { service: 'websites' | 'apps'; index: number } | undefined {
  const m = /[（(]\s*(网站|APP|App)\s*(\d+)\s*[）)]/.exec(raw);
  const index = m ? serviceIndexOf(m[2]!) : undefined;
  if (index === undefined) return undefined;
  return { service: m![1] === '网站' ? 'websites' : 'apps', index };
}

/**
 * Where a label sits. `subject`: 主办单位 block; `subject-principal`: 主体负责人 block;
 * `service`: a website or app card; `service-principal`: its 互联网信息服务负责人 block.
 */
export type Block = 'subject' | 'subject-principal' | 'service' | 'service-principal' | 'upload' | 'filed';

/**
 * A field the adapter can read, named relative to its block:
 * `subject:name` is `subject.name`; `principal:mobile` becomes `subject.principal.mobile`
 * or `websites[1].principal.mobile` depending on the heading above it.
 */
export type LocalKey =
  | 'filingType'
  | 'province'
  | 'resource.type'
  | 'resource.authCode'
  | 'subject.nature'
  | 'subject.name'
  | 'subject.certType'
  | 'subject.certNumber'
  | 'subject.certAddress'
  | 'subject.mailingAddress'
  | 'subject.investor'
  | 'remark'
  | 'principal.name'
  | 'principal.idType'
  | 'principal.idNumber'
  | 'principal.idValidity'
  | 'principal.mobile'
  | 'principal.emergencyPhone'
  | 'principal.email'
  | 'principal.officePhone'
  | 'principal.sameAsSubjectPrincipal'
  | 'principal.isLegalRepresentative'
  | 'certType'
  | 'certNumber'
  | 'service.name'
  | 'service.domains'
  | 'service.mainDomain'
  | 'service.extraDomains'
  | 'service.homepageUrls'
  | 'service.ipRanges'
  | 'service.ipStart'
  | 'service.ipEnd'
  | 'service.serviceContent'
  | 'service.languages'
  | 'service.preApprovals'
  | 'service.preApprovalNumber'
  | 'service.preApprovalDocument'
  | 'app.platform'
  | 'app.packageName'
  | 'app.publicKey'
  | 'app.signatureMd5'
  | 'app.ips'
  | 'filed.recordNumber'
  | 'service.recordNumber'
  | 'filed.otherAccessProviders'
  /** Whether the order is for a website or an app (服务类型): no form field, it names the service step's kind. */
  | 'serviceKind'
  | 'upload';

/** Upload slots (上传资料) → material ids of rules/model/materials.ts; `perService` slots get `@websites[i]`. */
export interface UploadSlot {
  readonly material: string;
  /** One slot per website/app: the key gets `@websites[i]`. */
  readonly perService?: boolean;
  /** A principal's ID photo: whose depends on the block (主体负责人 or 互联网信息服务负责人). */
  readonly principalId?: boolean;
}

/** What a section heading says about the labels under it. */
export type Heading =
  | { readonly kind: 'service'; readonly service: 'websites' | 'apps'; readonly index: number }
  | { readonly kind: 'block'; readonly block: Block }
  /** The current MIIT record shown read-only in a change or cancellation order (已备案信息, 已备案网站1). index -1: not numbered. */
  | { readonly kind: 'filed'; readonly service?: 'websites' | 'apps'; readonly index: number };

/**
 * `table[key]` when the table itself holds `key`. Keys here are page text: looked up plainly,
 * a label, option or title reading 「constructor」, 「toString」 or 「__proto__」 finds a member
 * every object inherits (a function put into the form breaks structured cloning, and the
 * content script gave up).
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Maps a label to its local key: the kit's side of a console's LABEL_SYNONYMS. */
export type LabelTable = Readonly<Record<string, LocalKey>>;

/** Where an upload slot's files go: see UploadSlot. */
export type UploadTable = Readonly<Record<string, UploadSlot>>;

/** 其他接入商 as shown: 无 / — / empty → 0, else the number of providers named (阿里云、腾讯云 → 2). */
export function countAccessProviders(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = normalizeLabel(text);
  if (value === '' || /^(无|没有|暂无|-|—|none)$/i.test(value)) return 0;
  return value.split(/[、,，;；/]+/).filter(Boolean).length;
}
