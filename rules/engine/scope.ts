/**
 * Scope: whether a rule applies to a form (province, nature, filing type, kinds of
 * service, effective dates), and which of the fields that decide it are still missing.
 */
import type { FilingForm } from '../model/filing-form';
import type { NotApplicableReason, RuleLogic } from './result';
import type { RuleContext } from './types';

/**
 * The fields scopes are decided on. Every rule may read them without declaring them, so
 * they are inputs of every rule (rules/engine/inputs.ts). The provider (scope.providers)
 * decides scopes too, but it is the run's, not the form's (RuleContext.provider): it is in
 * the scope plan's key with the day, so each provider has its own plan and tapes.
 */
export const SCOPE_INPUTS: readonly string[] = ['province', 'subject.nature', 'filingType'];

const SCOPE_FIELDS = new Set(SCOPE_INPUTS);

/** Whether `field` is one of SCOPE_INPUTS. */
export const isScopeInput = (field: string): boolean => SCOPE_FIELDS.has(field);

/** Why a rule does not apply to this form, or undefined when it does (or cannot tell yet). */
export function notApplicableReason(rule: RuleLogic, form: FilingForm, ctx: RuleContext): NotApplicableReason | undefined {
  const { scope } = rule;
  if (rule.effectiveFrom && ctx.today < rule.effectiveFrom) return 'not-yet-effective';
  if (rule.effectiveUntil && ctx.today >= rule.effectiveUntil) return 'expired';
  if (scope.providers && !scope.providers.includes(ctx.provider)) return 'provider';
  if (scope.provinces && form.province && !scope.provinces.includes(form.province)) return 'province';
  const nature = form.subject?.nature;
  if (scope.natures && nature && !scope.natures.includes(nature)) return 'nature';
  if (scope.filingTypes && form.filingType && !scope.filingTypes.includes(form.filingType)) return 'filing-type';
  if (scope.serviceKinds) {
    // A form that lists websites but no apps files no app (and the reverse): the absent
    // list is "none", not "unknown". Only a form with neither list leaves it open.
    const has = (kind: 'website' | 'app') => (kind === 'website' ? form.websites : form.apps)?.length;
    const servicesKnown = form.websites !== undefined || form.apps !== undefined;
    if (servicesKnown && !scope.serviceKinds.some(has)) return 'service-kind';
  }
  return undefined;
}

/** The scope inputs a rule needs that are absent from the form (fixed for one scope plan). */
export function missingScopeInputs(rule: RuleLogic, form: FilingForm): string[] {
  const missing: string[] = [];
  const { scope } = rule;
  if (scope.provinces && !form.province) missing.push('province');
  if (scope.natures && !form.subject?.nature) missing.push('subject.nature');
  if (scope.filingTypes && !form.filingType) missing.push('filingType');
  return missing;
}
