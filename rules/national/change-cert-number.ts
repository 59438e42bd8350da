import { defineRule, type Issue } from '../engine/types';
import { looksLikeOldRegistrationNumber, looksLikeOrganisationCode, parseCreditCode } from '../checks/credit-code';
import { compactCode } from '../model/normalize';
import { CHANGE_FILING_TYPES, UNIT_NATURES } from '../model/vocabulary';
import { subjectRenamed } from './_filed';

type Message = 'numberCorrected' | 'subjectSwapped' | 'subjectSwappedShandong';

/**
 * ⚠ A unit's certificate number changed in a change order. Huawei's filing-type matrix (P23)
 * and K-变更 / R-rules say the number is fixed (a new unit cancels and files anew), but:
 * - K-错误 (newest file of the knowledge base): a wrong or pre-三证合一 number is corrected
 *   by a change order with the latest certificate (主办单位证件号码错误（三证合一）→ 变更备案),
 *   and handing the filing to another unit by a change is possible 仅部分省份支持;
 * - K-管局: 山东 accepts a change from company A to company B when the legal representative
 *   is the same person.
 * So a warning naming both sides. Silent when the filed number is the old organisation
 * code and the new credit code contains it (digits 9–17: the same organisation after
 * 三证合一), or the filed number is an old 15-digit 注册号 replaced by a credit code under
 * the same name: national/credit-code-valid asks users to make exactly that change.
 * Personal subjects stay in national/change-fixed-fields; a change between a person and a
 * unit is national/change-nature-unit-personal's.
 */
export default defineRule({
  id: 'national/change-cert-number',
  evidence: 'disputed',
  severity: 'warning',
  family: 'filing-type',
  scope: { natures: UNIT_NATURES, filingTypes: CHANGE_FILING_TYPES },
  reads: ['filed.certNumber', 'subject.certNumber'],
  alsoReads: ['subject.name', 'filed.subjectName', 'filed.subjectNature'],
  texts: {
    'zh-CN': {
      title: '变更备案修改了主办单位证件号码：仅部分情形受理，提交前先确认',
      messages: {
        numberCorrected:
          '主办单位证件号码与已备案的号码不同，单位名称未变。知识库说号码错误或为三证合一前的旧号码时可提交变更并上传最新证件；备案类型说明则称证件号码不可修改。',
        subjectSwapped: '证件号码和单位名称都与已备案的不同，即把备案变更给另一单位。知识库说仅部分省份支持这种变更；通用说明要求原主体注销、新单位重新备案。',
        subjectSwappedShandong:
          '证件号码和单位名称都与已备案的不同。山东管局支持A公司变更为B公司，但要求两家公司的法定代表人是同一人；否则须注销后由新单位重新备案。',
      },
      why: '华为云的备案类型说明和变更指南写明主办单位证件号码不可修改；华为云知识库较新的错误提示说明又允许用变更备案更正错误或旧证件号码，并称变更给其他单位“仅部分省份支持”，山东明确支持法定代表人相同的A公司变更为B公司。来源不一致，因此只作提醒。',
      fix: '确认新号码属于同一单位（如旧组织机构代码升级为统一社会信用代码），上传载有新号码的最新证件；若是另一单位，先向{provider}确认本省是否受理，不受理时注销原备案，由新单位首次备案。',
    },
    en: {
      title: 'A change order alters the subject’s certificate number: accepted only in some cases, confirm first',
      messages: {
        numberCorrected:
          "The subject's certificate number differs from the filed one while the name is the same. The knowledge base says a wrong or pre-2015 number is corrected by a change with the latest certificate; the filing-type table says the number cannot be changed.",
        subjectSwapped:
          'Both the certificate number and the unit name differ from the record: the filing is being handed to another unit. The knowledge base says only some provinces accept that; the general pages say cancel and let the new unit file anew.',
        subjectSwappedShandong:
          'Both the certificate number and the unit name differ from the record. Shandong accepts a change from company A to company B only when both have the same legal representative; otherwise cancel and let the new unit file anew.',
      },
      why: "Huawei's filing-type table and change guide say the certificate number is fixed; the newer error FAQ of Huawei's knowledge base lets a change correct a wrong or old number and says a change to another unit is accepted in some provinces, and Shandong accepts company A → company B with the same legal representative. The sources disagree, so this is a warning.",
      fix: 'Make sure the new number belongs to the same unit (an old organisation code upgraded to a unified social credit code, say) and upload the latest certificate; for another unit, ask {provider} whether the province accepts it, and if not cancel and let the new unit make a first filing.',
    },
  },
  citations: { 'zh-CN': ['华为云的备案类型说明和变更指南', '华为云知识库'], en: ["Huawei's filing-type table and change guide", "Huawei's knowledge base"] },
  sources: ['P23', 'K-变更', 'R-rules', 'K-错误', 'K-管局'],
  reviewedAt: '2026-12-07',
  check(form) {
    const before = form.filed?.certNumber?.trim() ? compactCode(form.filed.certNumber) : '';
    const now = form.subject?.certNumber?.trim() ? compactCode(form.subject.certNumber) : '';
    if (!before || !now || before === now) return [];
    // A person becoming a unit is another rule's (national/change-nature-unit-personal).
    if (form.filed?.subjectNature === 'individual') return [];
    // Both names known and different: another unit (or a renamed one, told apart by the code below).
    const renamed = subjectRenamed(form);
    if (parseCreditCode(now).ok) {
      // 三证合一: the credit code's digits 9–17 are the organisation code it replaced.
      if (looksLikeOrganisationCode(before) && now.slice(8, 17) === before.replace('-', '')) return [];
      if (looksLikeOldRegistrationNumber(before) && !renamed) return [];
    }
    const field = 'subject.certNumber';
    const issues: Issue<Message>[] = [];
    if (!renamed) issues.push({ field, message: 'numberCorrected' });
    else issues.push({ field, message: form.province === 'SD' ? 'subjectSwappedShandong' : 'subjectSwapped' });
    return issues;
  },
});
