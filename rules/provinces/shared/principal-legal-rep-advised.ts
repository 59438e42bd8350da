import { defineRule, type CheckResult } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { checkLegalRep, LEGAL_REP_MESSAGES, NON_MAINLAND_LEGAL_REP, FOREIGN_LEGAL_REP, type LegalRepPolicy } from './_legal-rep';

/**
 * 主体负责人 = legal representative where the newest sources say so but an older one accepted
 * an authorisation letter. Warning, both cited.
 *  - 北京: HW 2025-12-31 (K-政策 doc_0214): 法人. QC (undated): 法定代表人授权委托书 accepted.
 *  - 吉林: UC 2024-04-01, QC: 法人. JD (c. 2023): 主体负责人授权书 (Jilin template) accepted.
 *  - 山西: UC 2024, HW 2025: 法人, a letter only for foreign/HK/MO/TW legal reps. JD (c. 2023):
 *    主体负责人授权书 whenever the principal is not the 法人.
 *  - 黑龙江: UC 2024, HW page P25, JD, TC17: 法人. TC (c. 2019): letter accepted, then the same
 *    person must be the website principal.
 *  - 江西: UC 2024, HW 2025: 法人 (foreign legal rep → authorise a Chinese citizen). TC (c. 2019):
 *    主体负责人授权书 accepted.
 */
export const POLICIES = {
  BJ: {
    note: { 'zh-CN': '（华为云2025年资料；青云资料曾接受法定代表人授权委托书）', en: '(Huawei Cloud 2025; QingCloud accepted a letter of authorisation)' },
  },
  JL: {
    note: {
      'zh-CN': '（UCloud 2024年资料；京东云资料曾接受吉林模板的主体负责人授权书）',
      en: '(UCloud 2024; JD Cloud accepted a letter on the Jilin template)',
    },
  },
  SX: {
    foreignException: NON_MAINLAND_LEGAL_REP,
    note: {
      'zh-CN': '（华为云2025年资料；京东云资料曾接受山西模板的主体负责人授权书）',
      en: '(Huawei Cloud 2025; JD Cloud accepted a letter on the Shanxi template)',
    },
  },
  HL: {
    note: { 'zh-CN': '（华为云、UCloud 2024年资料；腾讯云较早资料曾接受授权书）', en: '(Huawei Cloud, UCloud 2024; older Tencent pages accepted a letter)' },
  },
  JX: {
    foreignException: FOREIGN_LEGAL_REP,
    note: {
      'zh-CN': '（华为云2025年、UCloud 2024年资料；腾讯云较早资料曾接受授权书）',
      en: '(Huawei Cloud 2025, UCloud 2024; older Tencent pages accepted a letter)',
    },
  },
} as const satisfies Record<string, LegalRepPolicy>;

type Message = Exclude<keyof (typeof LEGAL_REP_MESSAGES)['en'], 'letterForPublicBody'>;
const { letterForPublicBody: _zh, ...ZH } = LEGAL_REP_MESSAGES['zh-CN'];
const { letterForPublicBody: _en, ...EN } = LEGAL_REP_MESSAGES.en;

export default defineRule({
  id: 'provinces/shared/principal-legal-rep-advised',
  evidence: 'disputed',
  severity: 'warning',
  family: 'principal',
  scope: { provinces: provincesOf(POLICIES), natures: UNIT_NATURES },
  reads: ['subject.principal.isLegalRepresentative'],
  texts: {
    'zh-CN': {
      title: '主体负责人应为法定代表人（较早资料曾允许授权）',
      messages: ZH,
      why: '最新资料要求主体负责人由法定代表人担任；较早的资料曾接受授权书。以最新资料为准，非法定代表人很可能被驳回。',
      fix: '把主体负责人改为法定代表人；如坚持授权他人，提交前向{provider}确认并准备加盖公章的主体负责人授权书。',
    },
    en: {
      title: 'The subject principal should be the legal representative (older sources allowed a letter)',
      messages: EN,
      why: 'The newest sources require the legal representative as subject principal; older ones accepted an authorisation letter. Going by the newest, another principal is likely to be rejected.',
      fix: 'Make the legal representative the subject principal; if you keep a substitute, confirm with {provider} first and prepare a sealed authorisation letter.',
    },
  },
  sources: [P.BJ.HW, 'K-政策', P.BJ.QC, P.JL.UC, P.JL.JD, P.SX.UC, P.SX.HW, 'K-管局', P.SX.JD, P.HL.UC, 'P25', P.HL.TC, P.JX.UC, P.JX.HW, P.JX.TC],
  reviewedAt: '2026-11-29',
  // No policy here has letterNatures, so the public-body letter never occurs.
  check: (form) => checkLegalRep(form, POLICIES) as CheckResult<Message>[],
});
