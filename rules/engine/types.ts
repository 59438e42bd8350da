import type { FilingForm } from '../model/filing-form';
import type { ProvinceCode } from '../model/provinces';
import type { FilingType, SubjectNature } from '../model/vocabulary';
import type { MaterialId, MaterialInfo } from '../model/materials';
import type { ProviderId } from '../model/providers';
import type { Source, SourceKey } from '../sources';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export type Bilingual = Readonly<Record<Lang, string>>;

/**
 * error   — a cited source says the filing is refused or rejected for this.
 * warning — commonly rejected, province practice, or the sources disagree.
 * info    — advice that avoids a delay; nothing is rejected for it alone.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Sort order: errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * How settled a rule's sources are, when they are not simply in agreement:
 * disputed      — current sources disagree; the newest decides what is checked.
 * older-sources — only pages older than the current ones state it, or a single older source.
 * Evidence is metadata, never part of the id: a rule re-graded later keeps its id, so a
 * user who switched it off keeps it off.
 */
export type Evidence = 'disputed' | 'older-sources';
export const EVIDENCE: readonly Evidence[] = ['disputed', 'older-sources'];

export type ServiceKind = 'website' | 'app';

/** Rule families: the rows of the coverage matrix. */
export const RULE_FAMILIES = [
  'identity',
  'cross-province',
  'age',
  'principal',
  'names',
  'domains',
  'service-content',
  'pre-approval',
  'contacts',
  'addresses',
  'sole-proprietor',
  'apps',
  'materials',
  'filing-type',
] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export interface RuleScope {
  /** Provinces the rule applies to; absent = every province (a national rule). */
  readonly provinces?: readonly ProvinceCode[];
  readonly natures?: readonly SubjectNature[];
  /** The rule needs at least one website (or app) in the form. */
  readonly serviceKinds?: readonly ServiceKind[];
  readonly filingTypes?: readonly FilingType[];
  /** Providers whose process the rule checks; absent = every provider (rules/model/providers.ts). */
  readonly providers?: readonly ProviderId[];
}

export interface RuleTexts {
  readonly title: string;
  /**
   * Messages by id; `{name}` placeholders are filled from the issue's params. Every text
   * (title, messages, why, fix) may also use the provider placeholders (`{provider}`,
   * `{providerApp}` …, rules/model/providers.ts), which the engine fills for the run's provider.
   */
  readonly messages: Readonly<Record<string, string>>;
  readonly why: string;
  readonly fix: string;
}

/** A cited source: a key into rules/sources.ts, or the source itself (province pages). */
export type SourceRef = SourceKey | (Source & { readonly note?: string });

export interface RuleContext {
  /** The day the check is made, YYYY-MM-DD. Rules never read the clock. */
  readonly today: string;
  /** The provider whose console the filing is made in (RunOptions.provider, default DEFAULT_PROVIDER). */
  readonly provider: ProviderId;
}

/** A placeholder value: plain, or different per language (`{ 'zh-CN': '主体负责人', en: 'subject principal' }`). */
export type Param = string | number | Bilingual;
export type Params = Readonly<Record<string, Param>>;

/**
 * A document a finding implies: while the finding stands, the checklist lists it as
 * "needed if" that finding applies (a pre-approval word → the approval, or the pledge
 * that no such content is carried). It leaves with the finding.
 */
export interface IssueMaterial {
  readonly material: MaterialId;
  /** The website or app the material is for (`websites[0]`), when it is per service. */
  readonly for?: string;
  /** A material that may be given instead (the province's 不涉及前置审批承诺书 for an approval). */
  readonly or?: MaterialId;
}

/** A problem a rule found in a field. */
export interface Issue<M extends string = string> {
  readonly field: string;
  readonly message: M;
  readonly params?: Params;
  /** Documents the finding implies (see IssueMaterial); on the checklist as conditional items. */
  readonly materials?: readonly IssueMaterial[];
}

/** A material the filing needs because of this rule. */
export interface MaterialNeed<M extends string = string> {
  readonly material: MaterialId;
  /** The website or app the material is for (`websites[0]`), when it is per service. */
  readonly for?: string;
  readonly message: M;
  readonly params?: Params;
}

export type CheckResult<M extends string = string> = Issue<M> | MaterialNeed<M>;

export interface Rule<M extends string = string> {
  /** The module path under rules/ without extension: `national/site-name-length`. */
  readonly id: string;
  readonly severity: Severity;
  /** Absent when the sources agree; see Evidence. Never an error: a refusal needs agreeing sources. */
  readonly evidence?: Evidence;
  readonly family: RuleFamily;
  readonly scope: RuleScope;
  /** Field-id patterns the check needs; an absent one makes the rule "unknown". */
  readonly reads: readonly string[];
  /**
   * Field-id patterns the check also looks at when they are there, but can judge without
   * (an absent one does not make the rule "unknown"). With `reads` and the scope fields,
   * every field the check reads: the engine re-runs a rule only when one of them changed
   * (rules/engine/inputs.ts), and the rule tester fails a case whose check reads beyond them.
   */
  readonly alsoReads?: readonly string[];
  readonly texts: Readonly<Record<Lang, RuleTexts & { readonly messages: Readonly<Record<M, string>> }>>;
  readonly sources: readonly SourceRef[];
  /** The day the requirement starts to apply, when the source gives one. */
  readonly effectiveFrom?: string;
  /** The day it stops applying (exclusive); used for temporary rules. */
  readonly effectiveUntil?: string;
  /** The day a person last checked the rule against its sources. */
  readonly reviewedAt: string;
  /**
   * Phrases of the texts, per language, that name a source by its provider ("华为云宁夏管局要求页面",
   * "Huawei's Ningxia page"): a source is a source, whoever's console the user is in. These are
   * the only places a provider may be named in the texts; everywhere else the provider is a
   * placeholder (test/unit/providers.test.ts holds every rule to it).
   */
  readonly citations?: Readonly<Record<Lang, readonly string[]>>;
  /** Materials only this rule asks for (not in rules/model/materials.ts). */
  readonly materials?: Readonly<Record<string, MaterialInfo>>;
  /** Pure: the same form and context always give the same result. */
  readonly check: (form: FilingForm, ctx: RuleContext) => readonly CheckResult<M>[];
}

/**
 * Declares a rule. An identity function that fixes the types (message ids are checked
 * against the texts); the metadata is validated by the meta-tests, not at run time,
 * so page bundles carry no validator.
 */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function isMaterialNeed(result: CheckResult): result is MaterialNeed {
  return 'material' in result;
}
