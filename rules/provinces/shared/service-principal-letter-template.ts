import { defineRule, type Bilingual } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { provinceName, servicePrincipalsNotLegalRep } from './_people';

/**
 * Provinces with their own 网站负责人授权书 form for a website/app principal who is not the
 * legal representative (K-管局, K-政策, P25, P06
 * and the province pages below).
 * Huawei's generic template is "各省份通用"; these provinces are documented with their own.
 */
export const TEMPLATES: Partial<Record<ProvinceCode, Bilingual>> = {
  // HW (K-管局 doc_0220): "上海非经营性互联网信息服务备案ICP负责人授权书"; JD, QC, UC, TC agree.
  SH: {
    'zh-CN': '上海非经营性互联网信息服务备案ICP负责人授权书',
    en: 'the Shanghai ICP principal authorisation form (上海非经营性互联网信息服务备案ICP负责人授权书)',
  },
  FJ: { 'zh-CN': '福建格式的网站负责人授权书', en: 'the Fujian website-principal authorisation form' }, // UC 2024, JD
  GX: { 'zh-CN': '广西格式的网站负责人授权书', en: 'the Guangxi website-principal authorisation form' }, // JD
  CQ: { 'zh-CN': '重庆格式的网站负责人授权书', en: 'the Chongqing website-principal authorisation form' }, // JD, UC 2024, TC
  SN: { 'zh-CN': '陕西格式的网站负责人授权书', en: 'the Shaanxi website-principal authorisation form' }, // JD, UC 2024
  HN: { 'zh-CN': '湖南格式的网站负责人授权书', en: 'the Hunan website-principal authorisation form' }, // JD
};

export default defineRule({
  id: 'provinces/shared/service-principal-letter-template',
  severity: 'warning',
  family: 'principal',
  scope: { provinces: provincesOf(TEMPLATES), natures: UNIT_NATURES },
  reads: ['websites[].principal'],
  alsoReads: ['apps[].principal', 'subject.principal'],
  texts: {
    'zh-CN': {
      title: '网站负责人授权书须用本省格式',
      messages: { provinceTemplate: '{owner}不是法定代表人：{province}要求使用{template}，由法定代表人签字并加盖公章。' },
      why: '网站负责人不是法定代表人时须提交授权书；这些省份的管局有自己的格式，用通用模板可能被退回。',
      fix: '从{providerTemplates}下载或向{provider}备案客服索取本省格式的授权书，按要求签字盖章后上传；或由法定代表人担任网站负责人。',
    },
    en: {
      title: 'The website-principal authorisation must use the province’s form',
      messages: {
        provinceTemplate: 'The {owner} is not the legal representative: {province} wants {template}, signed by the legal representative and sealed.',
      },
      why: 'A website principal who is not the legal representative needs an authorisation letter; these administrations have their own form, and the generic template may be returned.',
      fix: 'Get the province’s form from {providerTemplates} or {provider} filing support, sign and seal it, and upload it; or make the legal representative the website principal.',
    },
  },
  sources: [P.SH.HW, 'K-管局', P.SH.UC, P.FJ.UC, P.FJ.JD, P.GX.JD, P.CQ.JD, P.CQ.UC, P.SN.JD, P.SN.UC, P.HN.JD],
  reviewedAt: '2026-11-29',
  check(form) {
    const code = form.province;
    const template = code ? TEMPLATES[code] : undefined;
    if (!code || !template) return [];
    return servicePrincipalsNotLegalRep(form).map(({ service, owner }) => ({
      material: 'service-principal-authorisation',
      for: service,
      message: 'provinceTemplate' as const,
      params: { owner, province: provinceName(code), template },
    }));
  },
});
