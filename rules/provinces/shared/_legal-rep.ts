/**
 * The checks behind the "主体负责人 must be the legal representative" rules (P42, K-驳回,
 * P27, K-管局, K-政策, P39, P26–P28, P06, and the province pages in rules/provinces/_sources.ts).
 */
import type { Bilingual, CheckResult } from '../../engine/types';
import type { FilingForm } from '../../model/filing-form';
import type { ProvinceCode } from '../../model/provinces';
import type { SubjectNature } from '../../model/vocabulary';
import { otherServicePrincipals, provinceName } from './_people';

export const NO_NOTE: Bilingual = { 'zh-CN': '', en: '' };

export const FOREIGN_LEGAL_REP: Bilingual = { 'zh-CN': '外籍人士', en: 'a foreign national' };
export const NON_MAINLAND_LEGAL_REP: Bilingual = { 'zh-CN': '外籍或港澳台人士', en: 'a foreign national or a Hong Kong, Macao or Taiwan resident' };

export interface LegalRepPolicy {
  /** The exception some provinces make: a legal rep who is … may authorise a mainland-ID holder. */
  readonly foreignException?: Bilingual;
  /** Natures whose principal need not be the legal rep (nothing to report). */
  readonly exemptNatures?: readonly SubjectNature[];
  /** Natures that may name another principal with an authorisation letter. */
  readonly letterNatures?: readonly SubjectNature[];
  readonly note?: Bilingual;
}

export type LegalRepMessage = 'mustBeLegalRep' | 'mustBeLegalRepUnlessForeign' | 'letterForPublicBody';

const FIELD = 'subject.principal.isLegalRepresentative';

export function checkLegalRep(form: FilingForm, policies: Partial<Record<ProvinceCode, LegalRepPolicy>>): CheckResult<LegalRepMessage>[] {
  const code = form.province;
  const policy = code && policies[code];
  const nature = form.subject?.nature;
  if (!code || !policy || !nature || form.subject?.principal?.isLegalRepresentative !== false) return [];
  if (policy.exemptNatures?.includes(nature)) return [];
  const province = provinceName(code);
  const note = policy.note ?? NO_NOTE;
  if (policy.letterNatures?.includes(nature)) return [{ material: 'principal-authorisation', message: 'letterForPublicBody', params: { province } }];
  if (policy.foreignException) return [{ field: FIELD, message: 'mustBeLegalRepUnlessForeign', params: { province, foreign: policy.foreignException, note } }];
  return [{ field: FIELD, message: 'mustBeLegalRep', params: { province, note } }];
}

export const LEGAL_REP_MESSAGES: Record<'zh-CN' | 'en', Record<LegalRepMessage, string>> = {
  'zh-CN': {
    mustBeLegalRep: '{province}要求主体负责人由法定代表人担任，不接受授权他人。{note}',
    mustBeLegalRepUnlessForeign:
      '{province}要求主体负责人由法定代表人担任；只有法定代表人是{foreign}时，才可授权一名持内地居民身份证的人担任并上传授权书。{note}',
    letterForPublicBody: '{province}的党政机关、事业单位可由法定代表人以外的人担任主体负责人，但须上传主体负责人授权书。',
  },
  en: {
    mustBeLegalRep: '{province} requires the legal representative as subject principal and does not accept an authorised substitute. {note}',
    mustBeLegalRepUnlessForeign:
      '{province} requires the legal representative as subject principal; only when the legal representative is {foreign} may a holder of a mainland ID card be authorised instead, with an authorisation letter. {note}',
    letterForPublicBody:
      'In {province}, government bodies and public institutions may name another subject principal, with an authorisation letter for the principal.',
  },
};

export interface LetterPolicy {
  /** The website/app principals must then be the same person as the subject principal. */
  readonly samePerson: boolean;
  readonly note?: Bilingual;
}

export type LetterMessage = 'letterNeeded' | 'siteOwnerMustMatch';

/** A non-legal-rep subject principal accepted with a letter: the letter, and (where asked) the same person for every service. */
export function checkAuthorisedPrincipal(form: FilingForm, policies: Partial<Record<ProvinceCode, LetterPolicy>>): CheckResult<LetterMessage>[] {
  const code = form.province;
  const policy = code && policies[code];
  if (!code || !policy || form.subject?.principal?.isLegalRepresentative !== false) return [];
  const province = provinceName(code);
  const results: CheckResult<LetterMessage>[] = [{ material: 'principal-authorisation', message: 'letterNeeded', params: { province } }];
  if (policy.samePerson) {
    for (const other of otherServicePrincipals(form))
      results.push({ field: other.path, message: 'siteOwnerMustMatch', params: { province, owner: other.owner } });
  }
  return results;
}

export const LETTER_MESSAGES: Record<'zh-CN' | 'en', Record<LetterMessage, string>> = {
  'zh-CN': {
    letterNeeded: '主体负责人不是法定代表人：{province}要求上传由法定代表人签字并加盖公章的主体负责人授权书。',
    siteOwnerMustMatch: '主体负责人不是法定代表人时，{province}要求{owner}与主体负责人为同一人。',
  },
  en: {
    letterNeeded:
      'The subject principal is not the legal representative: {province} wants an authorisation letter signed by the legal representative and stamped with the unit seal.',
    siteOwnerMustMatch:
      'When the subject principal is not the legal representative, {province} requires the {owner} to be the same person as the subject principal.',
  },
};
