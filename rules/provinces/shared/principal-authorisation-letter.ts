import { defineRule, type CheckResult } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { checkAuthorisedPrincipal, LETTER_MESSAGES, type LetterMessage, type LetterPolicy } from './_legal-rep';
import { provinceName } from './_people';

/**
 * A non-legal-rep 主体负责人 accepted with a 主体负责人授权书 by the newest source but refused by
 * another (P27, K-管局, K-政策 and the province pages below). The newest decides (letter accepted);
 * warning, both cited.
 *  - 安徽: HW page P27 (2025 KB): letter accepted, then 主体负责人 = 互联网信息服务负责人. UC 2024-04-01,
 *    JD, QC: must be the 法人.
 *  - 海南: HW 2025 KB and TC: letter accepted, then the same person must be the website principal.
 *    UC 2024-04-01, QC, JD and HW page S1 (2021-01-29): must be the 法人.
 *  - 甘肃: HW 2025 (K-管局 doc_0237) and TC: 法人授权书 accepted. UC 2024-04-01: 法人. (TC17 wanted a
 *    *different* website principal; dropped since, not encoded.)
 *  - 四川: HW page P27: 主体负责人授权书 accepted (site owner may be a third person with a letter);
 *    UC 2024-04-01: accepted only if the website principal is the same person. JD/TC: letter.
 */
export const POLICIES = {
  AH: {
    samePerson: true,
    note: {
      'zh-CN': 'UCloud 2024年、京东云、青云资料要求主体负责人必须是法定代表人',
      en: 'UCloud (2024), JD Cloud and QingCloud require the legal representative',
    },
  },
  HI: {
    samePerson: true,
    note: {
      'zh-CN': 'UCloud 2024年资料及华为云2021年海南页面要求主体负责人必须是法定代表人',
      en: 'UCloud (2024) and Huawei’s 2021 Hainan page require the legal representative',
    },
  },
  GS: { samePerson: false, note: { 'zh-CN': 'UCloud 2024年资料要求主体负责人必须是法定代表人', en: 'UCloud (2024) requires the legal representative' } },
  SC: {
    samePerson: true,
    note: {
      'zh-CN': '华为云资料未要求网站负责人为同一人，UCloud 2024年资料要求',
      en: 'Huawei Cloud does not ask for the same website principal, UCloud (2024) does',
    },
  },
} as const satisfies Record<string, LetterPolicy>;

export default defineRule({
  id: 'provinces/shared/principal-authorisation-letter',
  evidence: 'disputed',
  severity: 'warning',
  family: 'principal',
  scope: { provinces: provincesOf(POLICIES), natures: UNIT_NATURES },
  reads: ['subject.principal.isLegalRepresentative'],
  alsoReads: ['apps[].principal', 'subject.principal', 'websites[].principal'],
  texts: {
    'zh-CN': {
      title: '非法定代表人担任主体负责人：需授权书（各资料说法不一）',
      messages: {
        ...LETTER_MESSAGES['zh-CN'],
        sourcesDisagree: '{province}：最新的华为云资料接受授权他人担任主体负责人，但{note}；如可行，由法定代表人担任最稳妥。',
      },
      why: '最新资料允许单位授权法定代表人以外的人担任主体负责人（部分省份要求其同时担任网站负责人），但其他资料仍要求法定代表人本人。',
      fix: '上传法定代表人签字盖章的主体负责人授权书，并让同一人担任各网站/APP负责人；或直接改由法定代表人担任。',
    },
    en: {
      title: 'A substitute subject principal needs a letter (sources differ)',
      messages: {
        ...LETTER_MESSAGES.en,
        sourcesDisagree:
          '{province}: the newest Huawei Cloud source accepts an authorised subject principal, but {note}; the legal representative is the safe choice.',
      },
      why: 'The newest sources let a unit authorise someone other than the legal representative as subject principal (some also want that person as website principal); other sources still insist on the legal representative.',
      fix: 'Upload an authorisation letter signed and sealed by the legal representative and make the same person the website/app principal, or name the legal representative instead.',
    },
  },
  citations: { 'zh-CN': ['最新的华为云资料'], en: ['newest Huawei Cloud source'] },
  sources: [P.AH.HW, 'P27', P.AH.UC, P.AH.JD, P.HI.HW, P.HI.TC, P.HI.UC, 'S1', P.GS.HW, 'K-管局', P.GS.TC, P.GS.UC, P.SC.HW, P.SC.UC, P.SC.JD],
  reviewedAt: '2026-11-29',
  check(form) {
    const results: CheckResult<LetterMessage | 'sourcesDisagree'>[] = checkAuthorisedPrincipal(form, POLICIES);
    const code = form.province;
    if (code && results.length > 0) {
      const note = POLICIES[code as keyof typeof POLICIES].note;
      results.push({ field: 'subject.principal.isLegalRepresentative', message: 'sourcesDisagree', params: { province: provinceName(code), note } });
    }
    return results;
  },
});
