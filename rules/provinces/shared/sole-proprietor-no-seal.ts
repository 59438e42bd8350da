import { defineRule, type Bilingual } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { isSoleProprietor, provinceName } from './_people';

/**
 * What a 个体工商户 without an official seal does where a seal would go:
 *  - 湖北 (HW page P28): the legal representative signs instead.
 *  - 黑龙江 (HW page P25): the legal representative's fingerprint instead.
 *  - 广西 (TC c. 2019): say in the remark that there is no seal.
 * Advice: nothing is rejected for it as long as the substitute is there.
 */
export const SUBSTITUTES: Partial<Record<ProvinceCode, Bilingual>> = {
  HB: { 'zh-CN': '在需要盖章的位置由法定代表人（经营者）签字', en: 'the legal representative (operator) signs where the seal would go' },
  HL: { 'zh-CN': '在需要盖章的位置按法定代表人（经营者）的手印', en: 'the legal representative (operator) puts a fingerprint where the seal would go' },
  GX: { 'zh-CN': '在主体备注中说明“无公章”（腾讯云较早资料）', en: 'state in the subject remark that there is no seal (older Tencent Cloud page)' },
};

export default defineRule({
  id: 'provinces/shared/sole-proprietor-no-seal',
  severity: 'info',
  family: 'sole-proprietor',
  scope: { provinces: provincesOf(SUBSTITUTES) },
  reads: ['subject.nature'],
  alsoReads: ['declarations.hasSeal', 'declarations.soleProprietor', 'subject.certNumber'],
  texts: {
    'zh-CN': {
      title: '没有公章的个体工商户：按本省方式代替盖章',
      messages: { substitute: '{province}：没有公章的个体工商户，{substitute}。' },
      why: '核验单、授权书等材料通常需要加盖公章；这些省份对没有公章的个体工商户给出了替代做法。',
      fix: '按提示在相应材料上签字或按手印，或在备注中说明。',
    },
    en: {
      title: 'Sole proprietorships without a seal: the province’s substitute',
      messages: { substitute: '{province}: for a sole proprietorship without an official seal, {substitute}.' },
      why: 'Verification forms and letters usually carry the unit seal; these provinces say what a sole proprietorship without one does instead.',
      fix: 'Sign or fingerprint the documents as described, or explain in the remark.',
    },
  },
  sources: ['P28', 'P25', P.HB.HW, P.HL.HW, P.GX.TC],
  reviewedAt: '2026-11-29',
  check(form) {
    const code = form.province;
    const substitute = code ? SUBSTITUTES[code] : undefined;
    if (!code || !substitute || form.declarations?.hasSeal !== false || !isSoleProprietor(form)) return [];
    return [{ field: 'declarations.hasSeal', message: 'substitute' as const, params: { province: provinceName(code), substitute } }];
  },
});
