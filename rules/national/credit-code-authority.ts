import { AUTHORITY_LABELS, AUTHORITY_NATURES, parseCreditCode } from '../checks/credit-code';
import { defineRule } from '../engine/types';
import { SUBJECT_NATURES, UNIT_NATURES } from '../model/vocabulary';
import { listOf, unitCreditCode } from './_identity';

/**
 * Character 1 of the credit code names the authority that registered the unit (GB 32100):
 * 9 market regulation for enterprises, 1 establishment offices for 机关 and 事业单位, 5 civil
 * affairs for social organisations … A 91… code under 事业单位 usually means the nature was
 * chosen wrongly (P16, K-驳回: 主办单位性质 must be the real nature, else 备案类型错误 / 主体信息不准确).
 * The mapping is read from the standard, not from Huawei, and some units straddle two
 * natures, so this is a warning.
 */
export default defineRule({
  id: 'national/credit-code-authority',
  severity: 'warning',
  family: 'identity',
  scope: { natures: UNIT_NATURES },
  reads: ['subject.certType', 'subject.certNumber'],
  texts: {
    'zh-CN': {
      title: '主办单位性质须与统一社会信用代码的登记管理部门相符',
      messages: {
        natureMismatch: '统一社会信用代码第1位是{authority}，表示由{authorityName}登记，通常对应{expected}；而主办单位性质选的是“{nature}”。',
      },
      why: '统一社会信用代码第1位是登记管理部门代码：9 为市场监管（企业、个体工商户），1 为机构编制（机关、事业单位），5 为民政（社会团体、民办非企业单位、基金会）等。主办单位性质须按单位的真实性质选择，选错会被以“备案类型错误”或“主体信息不准确”驳回。',
      fix: '按证件的登记机关选择主办单位性质（例如营业执照选“企业”，事业单位法人证书选“事业单位”）；若性质无误，请核对证件号码。',
    },
    en: {
      title: 'The subject nature must fit the registration authority in the credit code',
      messages: {
        natureMismatch:
          'Character 1 of the credit code is {authority}: registered by the {authorityName}, which usually means {expected}; the subject nature chosen is "{nature}".',
      },
      why: 'Character 1 of the credit code names the registration authority: 9 market regulation (enterprises, sole proprietors), 1 establishment offices (government bodies, public institutions), 5 civil affairs (social organisations, private non-enterprise units, foundations), and so on. The subject nature must be the real one; a wrong nature is rejected as a wrong filing type or inaccurate subject data.',
      fix: 'Choose the nature that matches the authority on the certificate (business licence → enterprise, public-institution certificate → public institution); if the nature is right, check the number.',
    },
  },
  sources: ['GB-32100', 'P16', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    const code = unitCreditCode(form);
    const nature = form.subject?.nature;
    if (!code || !nature) return [];
    const parsed = parseCreditCode(code);
    if (!parsed.ok) return [];
    const { authority } = parsed.info;
    const natures = AUTHORITY_NATURES[authority];
    if (!natures || natures.includes(nature)) return [];
    const label = AUTHORITY_LABELS[authority]!;
    return [
      {
        field: 'subject.nature',
        message: 'natureMismatch' as const,
        params: {
          authority,
          authorityName: { 'zh-CN': label.zh, en: label.en },
          expected: {
            'zh-CN': listOf(
              natures.map((n) => `“${SUBJECT_NATURES[n].zh}”`),
              '、',
              '或',
            ),
            en: listOf(
              natures.map((n) => SUBJECT_NATURES[n].en.toLowerCase()),
              ', ',
              ' or ',
            ),
          },
          nature: { 'zh-CN': SUBJECT_NATURES[nature].zh, en: SUBJECT_NATURES[nature].en },
        },
      },
    ];
  },
});
