import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { checkSoleProprietor, SOLE_MESSAGES, type SolePolicy } from './_sole-proprietor';

/**
 * 个体工商户 filing rules Huawei publishes per province:
 *  - 河北 (P10): with 字号 → 企业; without → 个人 + remark "个体工商户无工商字号".
 *  - 海南 (S1, 2021-01-29; TC): without 字号 → 个人 + remark "无字号工商户"; with → 企业 (TC).
 *  - 安徽 (P27; TC): always 企业; without 字号 → the operator's name + remark "无字号无公章个体工商户".
 *  - 浙江 (P39; TC): always 企业, must have a seal; without 字号 → "姓名（个体工商户）".
 *  - 湖北 (P28): without 字号 → the legal representative's name (no seal → signature instead).
 *  - 黑龙江 (P25; TC): always 企业 (no seal → the operator's fingerprint); the operator must be 负责人.
 */
export const POLICIES = {
  HE: { withTradeName: 'enterprise', withoutTradeName: 'individual', remark: '个体工商户无工商字号' },
  HI: { withTradeName: 'enterprise', withoutTradeName: 'individual', remark: '无字号工商户' },
  AH: { withTradeName: 'enterprise', withoutTradeName: 'enterprise', remark: '无字号无公章个体工商户', name: 'operator' },
  ZJ: { withTradeName: 'enterprise', withoutTradeName: 'enterprise', name: 'operator-suffix', sealRequired: true },
  HB: { name: 'operator' },
  HL: { withTradeName: 'enterprise', withoutTradeName: 'enterprise', operatorIsPrincipal: true },
} as const satisfies Record<string, SolePolicy>;

export default defineRule({
  id: 'provinces/shared/sole-proprietor-filing',
  severity: 'error',
  family: 'sole-proprietor',
  scope: { provinces: provincesOf(POLICIES) },
  reads: ['subject.nature'],
  alsoReads: [
    'declarations.hasSeal',
    'declarations.hasTradeName',
    'declarations.soleProprietor',
    'subject.certNumber',
    'subject.name',
    'subject.principal.isLegalRepresentative',
    'subject.principal.name',
    'subject.remark',
  ],
  texts: {
    'zh-CN': {
      title: '个体工商户：按本省要求选择性质、填写名称和备注',
      messages: SOLE_MESSAGES['zh-CN'],
      why: '各省对个体工商户（尤其是营业执照上没有字号的）以“企业”还是“个人”备案、主办单位名称和备注怎么写有不同要求，不符合的会被驳回。',
      fix: '按提示调整主办单位性质、名称和主体备注；在“补充说明”中如实回答是否有字号、是否有公章。',
    },
    en: {
      title: 'Sole proprietorships: nature, name and remark as the province wants',
      messages: SOLE_MESSAGES.en,
      why: 'Provinces differ on whether a sole proprietorship (especially one without a trade name on its licence) files as an enterprise or an individual, and on the name and remark it must use; filings that do not follow them are rejected.',
      fix: 'Adjust the subject nature, name and remark as the message says; answer the questions about trade name and seal truthfully.',
    },
  },
  sources: ['P10', P.HE.HW, 'S1', P.HI.TC, 'P27', P.AH.TC, 'P39', P.ZJ.TC, 'P28', 'P25', P.HL.TC],
  reviewedAt: '2026-11-29',
  check: (form) => checkSoleProprietor(form, POLICIES),
});
