/**
 * The check behind the "out-of-province ID + local residence proof" rules: a personal filer
 * whose ID card was issued elsewhere needs a local proof of residence; some provinces accept
 * only certain kinds, some want validity left. Used by personal-residence-proof (sources
 * agree) and personal-residence-proof-advised (sources disagree).
 */
import { addMonths } from '../../checks/dates';
import type { Bilingual, CheckResult, RuleContext } from '../../engine/types';
import type { FilingForm } from '../../model/filing-form';
import type { ProvinceCode } from '../../model/provinces';
import { isCrossProvincePersonal, joinLabels, provinceName } from './_people';

type Declarations = NonNullable<FilingForm['declarations']>;
export type ResidenceProof = Exclude<NonNullable<Declarations['residenceProof']>, 'none'>;

export const PROOF_LABELS: Record<ResidenceProof, Bilingual> = {
  'residence-permit': { 'zh-CN': '居住证', en: 'residence permit' },
  'temporary-residence-permit': { 'zh-CN': '暂住证/临时居住证', en: 'temporary residence permit' },
  'hk-mo-tw-residence-permit': { 'zh-CN': '港澳台居民居住证', en: 'HK/Macao/Taiwan residents’ residence permit' },
  'student-card': { 'zh-CN': '学生证', en: 'student card' },
  'property-certificate': { 'zh-CN': '房产证', en: 'property certificate' },
  'social-insurance': { 'zh-CN': '本地社保缴纳证明', en: 'local social-insurance record' },
  'employment-proof': { 'zh-CN': '在职证明', en: 'proof of local employment' },
};

export interface ProofPolicy {
  /** Kinds of proof the province's sources name. */
  readonly accepted: readonly ResidenceProof[];
  /** Whole months of validity the proof must still have (上海: more than 1 month). */
  readonly monthsLeft?: number;
  /** Province detail shown with the material (what else to attach, what is refused). */
  readonly note: Bilingual;
}

export type ProofMessage = 'proofNeeded' | 'noProof' | 'proofNotAccepted' | 'proofExpired' | 'proofValidityShort';

/** Message texts shared by both residence-proof rules (same ids, same placeholders). */
export const PROOF_MESSAGES: Record<'zh-CN' | 'en', Record<ProofMessage, string>> = {
  'zh-CN': {
    proofNeeded: '身份证不是{province}签发的：个人备案需上传本地居住证明（可用：{accepted}）。{note}',
    noProof: '身份证不是{province}签发的，且您表示没有当地的居住证明；{province}不受理这种个人备案。',
    proofNotAccepted: '{province}个人异地备案只认可：{accepted}；您所选的居住证明不在其列。',
    proofExpired: '居住证明已过期，{province}异地个人备案需要有效的居住证明。',
    proofValidityShort: '居住证明的剩余有效期须超过{months}个月，否则{province}不予受理。',
  },
  en: {
    proofNeeded: 'The ID card was not issued in {province}: a personal filing there needs local proof of residence (accepted: {accepted}). {note}',
    noProof: 'The ID card was not issued in {province} and you have no proof of residence there; {province} refuses such personal filings.',
    proofNotAccepted: '{province} accepts only these proofs for out-of-province individuals: {accepted}; the one you chose is not among them.',
    proofExpired: 'The proof of residence has expired; {province} needs a valid one for an out-of-province personal filing.',
    proofValidityShort: 'The proof of residence must be valid for more than {months} month(s), or {province} will not accept it.',
  },
};

export function checkResidenceProof(form: FilingForm, ctx: RuleContext, policies: Partial<Record<ProvinceCode, ProofPolicy>>): CheckResult<ProofMessage>[] {
  const code = form.province;
  const policy = code && policies[code];
  if (!code || !policy || !isCrossProvincePersonal(form, ctx.today)) return [];
  const province = provinceName(code);
  const accepted = joinLabels(policy.accepted.map((k) => PROOF_LABELS[k]));
  const results: CheckResult<ProofMessage>[] = [{ material: 'residence-proof', message: 'proofNeeded', params: { province, accepted, note: policy.note } }];
  const proof = form.declarations?.residenceProof;
  const validTo = form.declarations?.residenceProofValidTo;
  if (proof === 'none') return [...results, { field: 'declarations.residenceProof', message: 'noProof', params: { province } }];
  if (proof && !policy.accepted.includes(proof)) {
    results.push({ field: 'declarations.residenceProof', message: 'proofNotAccepted', params: { province, accepted } });
  }
  if (validTo) {
    if (validTo < ctx.today) results.push({ field: 'declarations.residenceProofValidTo', message: 'proofExpired', params: { province } });
    else if (policy.monthsLeft && validTo <= addMonths(ctx.today, policy.monthsLeft)) {
      results.push({ field: 'declarations.residenceProofValidTo', message: 'proofValidityShort', params: { province, months: policy.monthsLeft } });
    }
  }
  return results;
}
