import { defineRule, type CheckResult } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { checkSoleProprietor, pickSoleMessages, type SolePolicy } from './_sole-proprietor';

/**
 * 个体工商户 rules stated only by older provider pages (TC c. 2019, TC17, QC), or inferred from a
 * narrower Huawei line — warnings:
 *  - 北京 (TC): files as 企业 and must have a seal.
 *  - 山西 (TC, TC17): with a trade name → 企业.
 *  - 江苏 (TC): listed in the national enterprise credit system (gsxt) → 企业 — every licensed 个体工商户 is.
 *  - 江西 (TC): without a trade name (or seal) → 个人, with a remark.
 *  - 广西 (TC): 企业; without a seal say so in the remark.
 *  - 陕西 (TC): 企业, a sole proprietor without a trade name must register one first ⚠ QC: 企业 under
 *    the operator's name with a remark. Both say 企业.
 *  - 贵州 (TC): with a trade name → 企业, otherwise 个人.
 *  - 湖南 (HW page P25): a 工作室 with a licence but no matching seal cannot file; extended here to
 *    every sole proprietorship, hence a warning.
 */
export const POLICIES = {
  BJ: {
    withTradeName: 'enterprise',
    withoutTradeName: 'enterprise',
    sealRequired: true,
    note: { 'zh-CN': '（腾讯云较早资料）', en: '(older Tencent Cloud page)' },
  },
  SX: { withTradeName: 'enterprise', note: { 'zh-CN': '（腾讯云较早资料）', en: '(older Tencent Cloud page)' } },
  JS: {
    withTradeName: 'enterprise',
    withoutTradeName: 'enterprise',
    note: {
      'zh-CN': '（腾讯云较早资料：在国家企业信用信息公示系统可查到的按企业备案，核验单注明“（个体工商户）”并盖章）',
      en: '(older Tencent Cloud page: if listed in the national enterprise credit system, file as an enterprise, mark the form “（个体工商户）” and seal it)',
    },
  },
  JX: { withoutTradeName: 'individual', note: { 'zh-CN': '（腾讯云较早资料：并在备注中说明）', en: '(older Tencent Cloud page: and explain in the remark)' } },
  GX: {
    withTradeName: 'enterprise',
    withoutTradeName: 'enterprise',
    note: { 'zh-CN': '（腾讯云较早资料；没有公章须在备注中说明）', en: '(older Tencent Cloud page; say so in the remark if there is no seal)' },
  },
  SN: {
    withTradeName: 'enterprise',
    withoutTradeName: 'enterprise',
    note: {
      'zh-CN': '（腾讯云较早资料称无字号须先登记字号；青云称以经营者姓名按企业备案并备注）',
      en: '(older Tencent page: register a trade name first; QingCloud: file as an enterprise under the operator’s name with a remark)',
    },
  },
  GZ: { withTradeName: 'enterprise', withoutTradeName: 'individual', note: { 'zh-CN': '（腾讯云较早资料）', en: '(older Tencent Cloud page)' } },
  HN: {
    sealRequired: true,
    note: { 'zh-CN': '（华为云资料针对有执照但没有相应公章的“工作室”）', en: '(Huawei Cloud states it for a 工作室 with a licence but no matching seal)' },
  },
} as const satisfies Record<string, SolePolicy>;

export default defineRule({
  id: 'provinces/shared/sole-proprietor-filing-advised',
  evidence: 'older-sources',
  severity: 'warning',
  family: 'sole-proprietor',
  scope: { provinces: provincesOf(POLICIES) },
  reads: ['subject.nature'],
  alsoReads: [
    'declarations.hasSeal',
    'declarations.hasTradeName',
    'declarations.soleProprietor',
    'subject.certNumber',
    'subject.name',
    'subject.principal.name',
  ],
  texts: {
    'zh-CN': {
      title: '个体工商户的备案方式（资料较旧）',
      messages: pickSoleMessages(['fileAsEnterprise', 'fileAsIndividual', 'sealRequired'])['zh-CN'],
      why: '这些省份关于个体工商户以“企业”还是“个人”备案、是否须有公章的说法，只见于较早的服务商资料，目前是否仍执行不确定。',
      fix: '按提示选择主办单位性质；不确定时先向{provider}确认，并在主体备注中说明有无字号、有无公章。',
    },
    en: {
      title: 'How a sole proprietorship files (older sources)',
      messages: pickSoleMessages(['fileAsEnterprise', 'fileAsIndividual', 'sealRequired']).en,
      why: 'Only older provider pages say how sole proprietorships file in these provinces (enterprise or individual, seal or not); whether that still holds is uncertain.',
      fix: 'Choose the subject nature as suggested; if unsure, ask {provider} and explain in the subject remark whether there is a trade name and a seal.',
    },
  },
  sources: [P.BJ.TC, P.SX.TC, P.SX.TC17, P.JS.TC, P.JX.TC, P.GX.TC, P.SN.TC, P.SN.QC, P.GZ.TC, 'P25', P.HN.HW],
  reviewedAt: '2026-11-29',
  // No policy here has a remark, a name rule or operatorIsPrincipal, so only these three messages occur.
  check: (form) => checkSoleProprietor(form, POLICIES) as CheckResult<'fileAsEnterprise' | 'fileAsIndividual' | 'sealRequired'>[],
});
