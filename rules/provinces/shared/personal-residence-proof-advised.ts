import { defineRule, type CheckResult } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { provinceName, isCrossProvincePersonal } from './_people';
import { checkResidenceProof, PROOF_MESSAGES, type ProofMessage, type ProofPolicy } from './_residence-proof';

/**
 * Out-of-province personal filings where the sources disagree. The
 * newest dated source decides what is asked; the rule is a warning and cites both sides.
 *  - 浙江: HW 2025-12-31 and TC (c. 2019) want a Zhejiang residence permit; UC 2024-04-01 says
 *    out-of-province IDs are accepted without naming a permit. HW is newer: ask for the permit.
 *  - 江西: HW page 2025-03-13 (S3) accepts only a valid Jiangxi 居住证; UC 2024-04-01, JD and TC
 *    refuse out-of-province IDs altogether. HW is newer: ask for the 居住证, and warn that
 *    the filing may still be refused.
 *  - 贵州: UC 2024, JD, QC, TC accept a Guizhou 居住证/暂住证; TC17 (c. 2017) wanted a Guizhou ID.
 */
export const POLICIES = {
  ZJ: {
    accepted: ['residence-permit', 'temporary-residence-permit'],
    note: {
      'zh-CN': '华为云2025年资料要求居住证；UCloud 2024年资料未提居住证。',
      en: 'Huawei Cloud (2025) asks for a residence permit; UCloud (2024) does not mention one.',
    },
  },
  JX: {
    accepted: ['residence-permit'],
    note: {
      'zh-CN': '华为云2025年3月资料：只认可江西居住证，其他证明一律不行。',
      en: 'Huawei Cloud (March 2025): only a Jiangxi residence permit, nothing else.',
    },
  },
  GZ: {
    accepted: ['residence-permit', 'temporary-residence-permit'],
    note: { 'zh-CN': '', en: '' },
  },
} as const satisfies Record<string, ProofPolicy>;

/** Provinces where even a valid proof may not be enough, because a 2024+ source refuses outright. */
/** No policy here sets `monthsLeft`, so the validity-left message never occurs. */
type Message = Exclude<ProofMessage, 'proofValidityShort'> | 'sourcesDisagree';
const { proofValidityShort: _zh, ...ZH } = PROOF_MESSAGES['zh-CN'];
const { proofValidityShort: _en, ...EN } = PROOF_MESSAGES.en;

const STILL_DISPUTED = {
  JX: { 'zh-CN': 'UCloud 2024年资料称江西不接受外省身份证个人备案', en: 'UCloud (2024) says Jiangxi refuses out-of-province ID cards for personal filings' },
} as const;

export default defineRule({
  id: 'provinces/shared/personal-residence-proof-advised',
  evidence: 'disputed',
  severity: 'warning',
  family: 'cross-province',
  scope: { provinces: provincesOf(POLICIES), natures: ['individual'] },
  reads: ['subject.certNumber'],
  alsoReads: [
    'declarations.residenceProof',
    'declarations.residenceProofValidTo',
    'subject.certType',
    'subject.principal.idNumber',
    'subject.principal.idType',
  ],
  texts: {
    'zh-CN': {
      title: '外省身份证个人备案：需本地居住证明（各资料说法不一）',
      messages: {
        ...ZH,
        sourcesDisagree: '注意：{disagreement}；即使提供居住证也可能被{province}驳回，提交前请向{provider}确认。',
      },
      why: '这些省份的外省身份证个人备案规则在不同时期的资料中说法不同；以最新资料为准，它要求提供本省居住证明。',
      fix: '准备本省有效的居住证并上传；如有条件，改在身份证签发地所在省份备案最稳妥。',
    },
    en: {
      title: 'Out-of-province individuals: local proof of residence (sources differ)',
      messages: {
        ...EN,
        sourcesDisagree: 'Note: {disagreement}; {province} may reject the filing even with a permit, so confirm with {provider} before submitting.',
      },
      why: 'Sources of different dates disagree on out-of-province personal filings here; the newest asks for a local proof of residence.',
      fix: 'Upload a valid local residence permit; filing in the province that issued your ID card is the safe alternative.',
    },
  },
  sources: [P.ZJ.HW, P.ZJ.UC, P.ZJ.TC, P.JX.HW, 'S3', P.JX.UC, P.JX.JD, P.GZ.UC, P.GZ.JD, P.GZ.TC17],
  reviewedAt: '2026-11-29',
  check(form, ctx) {
    const results = checkResidenceProof(form, ctx, POLICIES) as CheckResult<Message>[];
    const code = form.province;
    if (code === 'JX' && isCrossProvincePersonal(form, ctx.today)) {
      results.push({ field: 'province', message: 'sourcesDisagree', params: { province: provinceName(code), disagreement: STILL_DISPUTED[code] } });
    }
    return results;
  },
});
