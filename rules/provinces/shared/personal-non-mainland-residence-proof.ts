import { defineRule, type Bilingual, type CheckResult } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import type { CertificateType } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { FOREIGN_ID_TYPES, provinceName } from './_people';

/**
 * Personal filings by people without a mainland ID card who must still show local residence
 * (older sources only, so warning):
 *  - 上海 (TC c. 2019, TC17): foreigners file with a passport plus a Shanghai residence permit.
 *  - 四川 (JD c. 2023): HK/Macao/Taiwan residents and foreigners also need valid Sichuan residence
 *    proof (a 港澳台居民居住证 is such proof itself, so it is not flagged).
 */
export const POLICIES: Partial<Record<ProvinceCode, { types: readonly CertificateType[]; note: Bilingual }>> = {
  SH: {
    types: FOREIGN_ID_TYPES,
    note: {
      'zh-CN': '（腾讯云较早资料：外籍人士需护照加上海居住证）',
      en: '(older Tencent Cloud pages: foreigners need a passport and a Shanghai residence permit)',
    },
  },
  SC: {
    types: [...FOREIGN_ID_TYPES, 'hk-mo-travel-permit', 'tw-travel-permit'],
    note: {
      'zh-CN': '（京东云资料：港澳台居民和外籍人士也需四川居住证明）',
      en: '(JD Cloud: HK/Macao/Taiwan residents and foreigners also need Sichuan residence proof)',
    },
  },
};

export default defineRule({
  id: 'provinces/shared/personal-non-mainland-residence-proof',
  severity: 'warning',
  family: 'cross-province',
  scope: { provinces: provincesOf(POLICIES), natures: ['individual'] },
  reads: ['subject.certType'],
  alsoReads: ['declarations.residenceProof'],
  texts: {
    'zh-CN': {
      title: '境外人士个人备案须附本地居住证明',
      messages: {
        permitNeeded: '以该证件在{province}做个人备案，还需上传{province}的居住证明。{note}',
        noProof: '您表示没有{province}的居住证明；以该证件在{province}做个人备案很可能被驳回。',
      },
      why: '持护照或港澳台通行证的个人在这些省份备案，资料称还须证明在本地居住。',
      fix: '上传本地有效的居住证（或该省认可的其他居住证明）；港澳台居民可改用港澳台居民居住证备案。',
    },
    en: {
      title: 'Filers without a mainland ID need local proof of residence',
      messages: {
        permitNeeded: 'A personal filing in {province} with this document also needs proof of residence in {province}. {note}',
        noProof: 'You have no proof of residence in {province}; a personal filing in {province} with this document is likely to be rejected.',
      },
      why: 'Sources say individuals filing here with a passport or HK/Macao/Taiwan travel permit must also prove local residence.',
      fix: 'Upload a valid local residence permit (or another proof the province accepts); HK/Macao/Taiwan residents may file with their residence permit instead.',
    },
  },
  sources: [P.SH.TC, P.SH.TC17, P.SC.JD],
  reviewedAt: '2026-11-29',
  check(form): CheckResult<'permitNeeded' | 'noProof'>[] {
    const code = form.province;
    const policy = code ? POLICIES[code] : undefined;
    const type = form.subject?.certType;
    if (!code || !policy || !type || !policy.types.includes(type)) return [];
    const province = provinceName(code);
    const results: CheckResult<'permitNeeded' | 'noProof'>[] = [
      { material: 'residence-proof', message: 'permitNeeded', params: { province, note: policy.note } },
    ];
    if (form.declarations?.residenceProof === 'none') results.push({ field: 'declarations.residenceProof', message: 'noProof', params: { province } });
    return results;
  },
});
