import { defineRule, type Bilingual, type CheckResult } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import type { CertificateType } from '../../model/vocabulary';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { FOREIGN_ID_TYPES, NON_MAINLAND_ID_TYPES, provinceName } from './_people';

/**
 * Provinces where a unit's 主体负责人 must hold a mainland ID: a foreign (山西/山东: also HK/MO/TW)
 * legal representative authorises a Chinese citizen, with a letter; in most of them that
 * person must also be the website principal (the province pages cited
 * below). 上海 and 浙江 accept a foreign legal rep's passport (no rule here).
 */
const ALSO_SITE: Bilingual = { 'zh-CN': '，并由其同时担任网站负责人', en: ', who must also be the website principal' };
const NONE: Bilingual = { 'zh-CN': '', en: '' };

export const POLICIES: Partial<Record<ProvinceCode, { types: readonly CertificateType[]; also: Bilingual }>> = {
  HE: { types: FOREIGN_ID_TYPES, also: ALSO_SITE }, // HW page P10; UC 2024, TC
  SX: { types: NON_MAINLAND_ID_TYPES, also: NONE }, // HW (K-管局): foreign or HK/MO/TW → mainland-ID holder + 主体负责人授权书
  SD: { types: NON_MAINLAND_ID_TYPES, also: ALSO_SITE }, // HW (K-管局 doc_0225): principal holds a mainland ID; UC, QC, TC
  LN: { types: FOREIGN_ID_TYPES, also: ALSO_SITE }, // UC 2024, QC, JD
  JX: { types: FOREIGN_ID_TYPES, also: ALSO_SITE }, // UC 2024, HW, JD
  GX: { types: FOREIGN_ID_TYPES, also: ALSO_SITE }, // UC 2024
  GZ: { types: FOREIGN_ID_TYPES, also: ALSO_SITE }, // UC 2024
};

export default defineRule({
  id: 'provinces/shared/foreign-legal-rep-authorise',
  severity: 'error',
  family: 'principal',
  scope: { provinces: provincesOf(POLICIES), natures: UNIT_NATURES },
  reads: ['subject.principal.idType'],
  texts: {
    'zh-CN': {
      title: '主体负责人须持内地居民身份证（外籍法定代表人须授权）',
      messages: {
        mainlandPrincipalNeeded:
          '{province}不接受持该证件的人担任主体负责人：法定代表人为境外人士时，须授权一名持内地居民身份证的中国公民担任主体负责人{also}。',
        letterForForeignLegalRep: '{province}：境外法定代表人授权中国公民担任主体负责人时，须上传法定代表人签字盖章的授权书。',
      },
      why: '这些省份的管局要求主体负责人持内地居民身份证；法定代表人为外籍（部分省份含港澳台）人士时，只能授权他人并提交授权书。',
      fix: '改由一名持内地居民身份证的中国公民担任主体负责人，上传授权书（及法定代表人证件），并按提示让其兼任网站负责人。',
    },
    en: {
      title: 'The subject principal needs a mainland ID card (a foreign legal representative authorises one)',
      messages: {
        mainlandPrincipalNeeded:
          '{province} does not accept a subject principal with this document: when the legal representative is from outside the mainland, authorise a Chinese citizen with a mainland ID card as subject principal{also}.',
        letterForForeignLegalRep:
          '{province}: a foreign legal representative who authorises a Chinese citizen as subject principal must sign and seal an authorisation letter.',
      },
      why: 'These administrations want the subject principal to hold a mainland ID card; a foreign (in some provinces also HK/Macao/Taiwan) legal representative must authorise someone and file the letter.',
      fix: 'Name a Chinese citizen with a mainland ID card as subject principal, upload the letter (and the legal representative’s ID), and make them the website principal where asked.',
    },
  },
  sources: ['P10', P.HE.UC, P.SX.HW, 'K-管局', P.SD.HW, P.SD.UC, P.LN.UC, P.LN.QC, P.JX.UC, P.JX.HW, P.GX.UC, P.GZ.UC],
  reviewedAt: '2026-11-29',
  check(form): CheckResult<'mainlandPrincipalNeeded' | 'letterForForeignLegalRep'>[] {
    const code = form.province;
    const policy = code ? POLICIES[code] : undefined;
    const type = form.subject?.principal?.idType;
    if (!code || !policy || !type || !policy.types.includes(type)) return [];
    const province = provinceName(code);
    return [
      { field: 'subject.principal.idType', message: 'mainlandPrincipalNeeded', params: { province, also: policy.also } },
      { material: 'principal-authorisation', message: 'letterForForeignLegalRep', params: { province } },
    ];
  },
});
