import { defineRule } from '../engine/types';
import { CHANGE_FILING_TYPES, SUBJECT_NATURES } from '../model/vocabulary';
import { personalToUnitAllowedIn } from '../provinces/shared/_change-exceptions';

/**
 * S3, S2, P17, R-rules: a change order cannot turn a personal subject into a unit or a unit into a
 * person — the person cancels and files the unit anew (Huawei's 变更备案 row, P17,
 * R-rules). Provinces whose own pages allow person → unit (广东, 江西) are left to
 * provinces/shared/change-personal-to-unit, which warns instead; the others are
 * described in the fix text:
 *  - 江西 (S3, personal page 2025-03-13): a person may change to a unit only when that
 *    person is the unit's legal representative; the reference groups 甘肃 with it.
 *  - 广东 (S2, personal page 2025-05-27): a personal subject may change to another person
 *    or to a unit.
 *  - 内蒙古: unit → the legal representative as a person, reported only by a third party
 *    (muchs.cn, served over http, so not cited as a source).
 */
export default defineRule({
  id: 'national/change-nature-unit-personal',
  severity: 'error',
  family: 'filing-type',
  scope: { filingTypes: CHANGE_FILING_TYPES },
  reads: ['subject.nature', 'filed.subjectNature'],
  texts: {
    'zh-CN': {
      title: '变更备案不能在个人与单位之间转换',
      messages: {
        personalToUnit: '已备案主体是个人，变更中不能改为“{nature}”；个人转单位须注销后以单位重新备案。',
        unitToPersonal: '已备案主体是“{filed}”，变更中不能改为个人；单位转个人不被接受。',
      },
      why: '华为云的备案说明写明：个人主体不能通过变更改为单位（须注销后重新备案），单位也不能变更为个人；管局会驳回此类变更。',
      fix: '按全国规则：注销原备案后，以新主体重新做首次备案。少数省份有例外，提交前请向{provider}确认：江西（及参考资料归为同类的甘肃）允许个人变更为其担任法定代表人的单位；广东允许个人主体变更为他人或单位；内蒙古据第三方资料允许单位变更为其法定代表人个人（华为云的备案说明未提及）。',
    },
    en: {
      title: 'A change cannot switch between a personal and a unit subject',
      messages: {
        personalToUnit: 'The filed subject is a person; a change cannot turn it into "{nature}". Cancel and file the unit anew.',
        unitToPersonal: 'The filed subject is "{filed}"; a change cannot turn it into a person. Unit-to-person changes are not accepted.',
      },
      why: "Huawei Cloud's filing documentation states that a personal subject cannot become a unit by a change (cancel and file again) and a unit cannot become a person; the regulator rejects such changes.",
      fix: "The national rule: cancel the filing and file the new subject as a first filing. A few provinces make exceptions — check with {provider} before submitting: Jiangxi (and Gansu, grouped with it in the reference) lets a person change to a unit whose legal representative they are; Guangdong lets a personal subject change to another person or a unit; Inner Mongolia reportedly (third-party source, not in Huawei Cloud's filing documentation) lets a unit change to its legal representative as a person.",
    },
  },
  citations: { 'zh-CN': ['华为云的备案说明'], en: ["Huawei Cloud's filing documentation"] },
  sources: ['P17', 'R-rules', 'S3', 'S2'],
  reviewedAt: '2026-11-29',
  check(form) {
    const before = form.filed?.subjectNature;
    const now = form.subject?.nature;
    if (!before || !now || before === now) return [];
    const label = (n: keyof typeof SUBJECT_NATURES) => ({ 'zh-CN': SUBJECT_NATURES[n].zh, en: SUBJECT_NATURES[n].en.toLowerCase() });
    if (before === 'individual') {
      if (personalToUnitAllowedIn(form.province)) return [];
      return [{ field: 'subject.nature', message: 'personalToUnit' as const, params: { nature: label(now) } }];
    }
    if (now === 'individual') return [{ field: 'subject.nature', message: 'unitToPersonal' as const, params: { filed: label(before) } }];
    return [];
  },
});
