/**
 * What the engine gives: evaluate() decides as ids and parameters (RawResult), describe()
 * turns that into text (RunResult). Types only.
 */
import type { Source } from '../sources';
import type { Bilingual, Params, Rule, Severity } from './types';
import type { ProviderId } from '../model/providers';

export interface Finding {
  readonly ruleId: string;
  readonly field: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: Bilingual;
  readonly title: Bilingual;
  readonly why: Bilingual;
  readonly fix: Bilingual;
  readonly sources: readonly Source[];
  readonly effectiveFrom?: string;
  /** When the rule was last checked against its sources (YYYY-MM-DD): a year-old review may be outdated (freshness.ts). */
  readonly reviewedAt?: string;
}

export type NotApplicableReason = 'province' | 'nature' | 'service-kind' | 'filing-type' | 'provider' | 'not-yet-effective' | 'expired';

export interface RuleStatus {
  readonly ruleId: string;
  readonly title: Bilingual;
}

export interface MaterialReason {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: Bilingual;
  readonly sources: readonly Source[];
  /**
   * Present when a finding implies the material (Issue.materials): the finding's field; its
   * rule, message id and message are the reason's. The material is needed if the finding applies.
   */
  readonly finding?: { readonly field: string };
  /** A material that may be given instead of this one, by this reason. */
  readonly alternative?: { readonly materialId: string; readonly name: Bilingual };
}

export interface MaterialItem {
  /** `materialId` or `materialId@websites[0]` for a per-service material. */
  readonly key: string;
  readonly materialId: string;
  readonly for?: string;
  readonly name: Bilingual;
  readonly howTo?: Bilingual;
  /** Done by a person (face check, SMS verification) rather than a paper to prepare. */
  readonly process?: true;
  /** The template to fill and where the run's provider offers it. */
  readonly template?: { readonly name: Bilingual; readonly where: Bilingual };
  /** Who signs or seals it. */
  readonly signer?: Bilingual;
  /** Format and size limits the run's provider states for it. */
  readonly limits?: Bilingual;
  readonly reasons: readonly MaterialReason[];
  readonly status: 'provided' | 'missing';
  /** Every reason is a finding's (MaterialReason.finding): "needed if" one of those findings applies. */
  readonly conditional?: true;
}

export interface RunResult {
  readonly findings: readonly Finding[];
  readonly notApplicable: readonly (RuleStatus & { readonly reason: NotApplicableReason })[];
  /** Rules that could not decide: inputs `missing`, or (`failed`) their check threw. */
  readonly unknown: readonly (RuleStatus & { readonly missing: readonly string[]; readonly failed?: true })[];
  readonly passed: readonly RuleStatus[];
  readonly materials: readonly MaterialItem[];
}

/** What a rule needs to run: no texts, no sources (page bundles may carry only this). */
export type RuleLogic = Pick<Rule, 'id' | 'severity' | 'scope' | 'reads' | 'alsoReads' | 'check' | 'effectiveFrom' | 'effectiveUntil'>;

export interface RawFinding {
  readonly ruleId: string;
  readonly field: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly params?: Params;
}

export interface RawMaterialItem {
  readonly key: string;
  readonly materialId: string;
  readonly for?: string;
  readonly reasons: readonly RawMaterialReason[];
  readonly status: 'provided' | 'missing';
}

export interface RawMaterialReason {
  readonly ruleId: string;
  readonly messageId: string;
  readonly params?: Params;
  /** The field of the finding that implies the material (Issue.materials); absent for a plain material need. */
  readonly findingField?: string;
  /** IssueMaterial.or. */
  readonly alternative?: string;
}

/** What the rules decided, as ids and parameters: describe() turns it into text. */
export interface RawResult {
  readonly findings: readonly RawFinding[];
  readonly notApplicable: readonly { readonly ruleId: string; readonly reason: NotApplicableReason }[];
  readonly unknown: readonly { readonly ruleId: string; readonly missing: readonly string[]; readonly failed?: true }[];
  readonly passed: readonly { readonly ruleId: string }[];
  readonly materials: readonly RawMaterialItem[];
  /** The run's provider: describe() fills the provider placeholders for it (DEFAULT_PROVIDER when absent). */
  readonly provider?: ProviderId;
}
