/**
 * The check behind the 个体工商户 rules (P10, S1, P27, P39, P28, P25 and the
 * province pages in rules/provinces/_sources.ts): which subject nature to choose with or without a 字号 (trade name), the
 * remark or name a province wants when there is none, and the seal.
 */
import type { Bilingual, CheckResult } from '../../engine/types';
import type { FilingForm } from '../../model/filing-form';
import type { ProvinceCode } from '../../model/provinces';
import { isSoleProprietor, provinceName } from './_people';

type Nature = 'enterprise' | 'individual';

export interface SolePolicy {
  readonly withTradeName?: Nature;
  readonly withoutTradeName?: Nature;
  /** Text the 主体备注 must contain when there is no trade name. */
  readonly remark?: string;
  /** Without a trade name the subject name is the operator's name (`operator`) or "姓名（个体工商户）". */
  readonly name?: 'operator' | 'operator-suffix';
  readonly sealRequired?: boolean;
  /** The operator (the 法定代表人/经营者) must be the subject principal. */
  readonly operatorIsPrincipal?: boolean;
  readonly note?: Bilingual;
}

export type SoleMessage =
  'fileAsEnterprise' | 'fileAsIndividual' | 'remarkMissing' | 'nameOperator' | 'nameOperatorSuffix' | 'sealRequired' | 'operatorMustBePrincipal';

const SUFFIX = '(个体工商户)'; // normalised form of （个体工商户）

export function checkSoleProprietor(form: FilingForm, policies: Partial<Record<ProvinceCode, SolePolicy>>): CheckResult<SoleMessage>[] {
  const code = form.province;
  const policy = code && policies[code];
  if (!code || !policy || !isSoleProprietor(form)) return [];
  const province = provinceName(code);
  const note = policy.note ?? { 'zh-CN': '', en: '' };
  const subject = form.subject;
  const tradeName = form.declarations?.hasTradeName;
  const results: CheckResult<SoleMessage>[] = [];
  const expected =
    tradeName === true
      ? policy.withTradeName
      : tradeName === false
        ? policy.withoutTradeName
        : policy.withTradeName === policy.withoutTradeName
          ? policy.withTradeName
          : undefined;
  if (expected && subject?.nature && subject.nature !== expected) {
    results.push({ field: 'subject.nature', message: expected === 'enterprise' ? 'fileAsEnterprise' : 'fileAsIndividual', params: { province, note } });
  }
  if (tradeName === false) {
    if (policy.remark && subject?.remark !== undefined && !subject.remark.includes(policy.remark)) {
      results.push({ field: 'subject.remark', message: 'remarkMissing', params: { province, remark: policy.remark } });
    }
    const name = subject?.name;
    const operator = subject?.principal?.name;
    if (name !== undefined && policy.name === 'operator' && operator && name !== operator) {
      results.push({ field: 'subject.name', message: 'nameOperator', params: { province } });
    }
    if (name !== undefined && policy.name === 'operator-suffix' && !(operator ? name === `${operator}${SUFFIX}` : name.endsWith(SUFFIX))) {
      results.push({ field: 'subject.name', message: 'nameOperatorSuffix', params: { province } });
    }
  }
  if (policy.sealRequired && form.declarations?.hasSeal === false) {
    results.push({ field: 'declarations.hasSeal', message: 'sealRequired', params: { province, note } });
  }
  if (policy.operatorIsPrincipal && subject?.principal?.isLegalRepresentative === false) {
    results.push({ field: 'subject.principal.isLegalRepresentative', message: 'operatorMustBePrincipal', params: { province } });
  }
  return results;
}

export const SOLE_MESSAGES: Record<'zh-CN' | 'en', Record<SoleMessage, string>> = {
  'zh-CN': {
    fileAsEnterprise: '{province}的这类个体工商户应选择主办单位性质“企业”，用营业执照备案。{note}',
    fileAsIndividual: '{province}的无字号个体工商户应选择主办单位性质“个人”，用经营者本人身份证备案。{note}',
    remarkMissing: '{province}要求无字号个体工商户在主体备注中注明“{remark}”。',
    nameOperator: '{province}：无字号个体工商户的主办单位名称应填写经营者（主体负责人）姓名。',
    nameOperatorSuffix: '{province}：无字号个体工商户的主办单位名称应写成“经营者姓名（个体工商户）”。',
    sealRequired: '{province}要求个体工商户有公章；没有公章不能备案。{note}',
    operatorMustBePrincipal: '{province}要求个体工商户由经营者（法定代表人）本人担任主体负责人。',
  },
  en: {
    fileAsEnterprise: 'In {province} this kind of sole proprietorship files as an enterprise (企业), with its business licence. {note}',
    fileAsIndividual: 'In {province} a sole proprietorship without a trade name files as an individual (个人), with the operator’s own ID card. {note}',
    remarkMissing: '{province} wants the subject remark of a sole proprietorship without a trade name to say “{remark}”.',
    nameOperator: '{province}: a sole proprietorship without a trade name enters the operator’s (subject principal’s) name as subject name.',
    nameOperatorSuffix: '{province}: a sole proprietorship without a trade name enters its subject name as “operator’s name（个体工商户）”.',
    sealRequired: '{province} wants a sole proprietorship to have an official seal; without one it cannot file. {note}',
    operatorMustBePrincipal: '{province} wants the operator (legal representative) of a sole proprietorship as subject principal.',
  },
};

/** A subset of the messages (for a rule whose policies cannot produce the others). */
export function pickSoleMessages<K extends SoleMessage>(keys: readonly K[]): Record<'zh-CN' | 'en', Record<K, string>> {
  const pick = (lang: 'zh-CN' | 'en') => Object.fromEntries(keys.map((k) => [k, SOLE_MESSAGES[lang][k]])) as Record<K, string>;
  return { 'zh-CN': pick('zh-CN'), en: pick('en') };
}
