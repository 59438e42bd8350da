/**
 * The check behind the minimum-age rules: each responsible person's age, from the birth date
 * in a GB 11643 ID number and the check date, against the province's floor for the subject
 * nature; between the floor and `proofUnder` a proof of employment or income is needed.
 */
import { ageOn } from '../../checks/dates';
import type { Bilingual, CheckResult, RuleContext } from '../../engine/types';
import type { FilingForm } from '../../model/filing-form';
import type { ProvinceCode } from '../../model/provinces';
import { distinctPeople, idInfo, provinceName, type Person } from './_people';

export interface AgeLimit {
  readonly min: number;
  /** Persons at least `min` but under this age need a proof of employment or income. */
  readonly proofUnder?: number;
}

export interface AgePolicy {
  readonly individual?: AgeLimit;
  /** Unit filings: the subject principal (and the service principals unless `unitService` is given). */
  readonly unit?: AgeLimit;
  readonly unitService?: AgeLimit;
  /** What the sources say, shown with the message (used by the disputed rule). */
  readonly note?: Bilingual;
}

export type AgeMessage = 'tooYoung' | 'proofNeeded';

function limitFor(policy: AgePolicy, individual: boolean, person: Person): AgeLimit | undefined {
  if (individual) return policy.individual;
  return person.role === 'service' ? (policy.unitService ?? policy.unit) : policy.unit;
}

export function checkAge(form: FilingForm, ctx: RuleContext, policies: Partial<Record<ProvinceCode, AgePolicy>>): CheckResult<AgeMessage>[] {
  const code = form.province;
  const policy = code && policies[code];
  const nature = form.subject?.nature;
  if (!code || !policy || !nature) return [];
  const results: CheckResult<AgeMessage>[] = [];
  for (const person of distinctPeople(form)) {
    const limit = limitFor(policy, nature === 'individual', person);
    const info = limit && idInfo(person.person.idType, person.person.idNumber, ctx.today);
    if (!limit || !info) continue;
    const age = ageOn(info.birthDate, ctx.today);
    const tooYoung = age < limit.min;
    if (!tooYoung && !(limit.proofUnder && age < limit.proofUnder)) continue;
    // Built only for a person reported (most are old enough; this runs on every key press).
    const params = { owner: person.owner, province: provinceName(code), min: limit.min, note: policy.note ?? { 'zh-CN': '', en: '' } };
    if (tooYoung) results.push({ field: `${person.path}.idNumber`, message: 'tooYoung', params });
    else results.push({ material: 'employment-income-proof', for: person.service, message: 'proofNeeded', params: { ...params, under: limit.proofUnder! } });
  }
  return results;
}

export const AGE_MESSAGES: Record<'zh-CN' | 'en', Record<AgeMessage, string>> = {
  'zh-CN': {
    tooYoung: '按身份证上的出生日期，{owner}未满{min}周岁；{province}不受理未满{min}周岁的负责人。{note}',
    proofNeeded: '{owner}未满{under}周岁：{province}要求年满{min}周岁不满{under}周岁的负责人提供劳动就业或收入证明。{note}',
  },
  en: {
    tooYoung: 'By the birth date in the ID number, the {owner} is under {min}; {province} does not accept principals under {min}. {note}',
    proofNeeded: 'The {owner} is under {under}: {province} asks principals aged {min} to {under} for proof of employment or income. {note}',
  },
};
