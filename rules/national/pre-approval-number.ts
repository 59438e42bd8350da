import { flatMap } from '../checks/arrays';
import { defineRule, type CheckResult } from '../engine/types';
import { PRE_APPROVAL_CATEGORIES } from '../model/vocabulary';
import { services } from './_services';

/**
 * A ticked 前置审批 is a claim to hold the authority's approval (P19, K-驳回, P22): the
 * console asks for its 审批号 and the document, and 前置审批不合格 原因一 is a ticked
 * category without them. The document is listed in the materials checklist per
 * website/app, one reason per ticked category.
 */
export default defineRule({
  id: 'national/pre-approval-number',
  severity: 'error',
  family: 'pre-approval',
  scope: { serviceKinds: ['website', 'app'] },
  reads: ['websites[].preApprovals'],
  alsoReads: ['apps[].preApprovals[].category', 'apps[].preApprovals[].number'],
  texts: {
    'zh-CN': {
      title: '勾选的前置审批须填写审批号并上传审批文件',
      messages: {
        missingNumber: '已勾选“{category}”前置审批，但未填写审批号。',
        document: '已勾选“{category}”前置审批，需上传主管部门出具的审批文件。',
      },
      why: '勾选前置审批即表示已取得主管部门的批准，须填写审批号并上传有效的审批文件；缺少的会以“前置审批不合格”驳回。',
      fix: '填写审批文件上的审批号（许可证编号）并上传文件；若网站或APP实际不涉及该类内容，请取消勾选。',
    },
    en: {
      title: 'A ticked pre-approval needs its approval number and document',
      messages: {
        missingNumber: 'The "{category}" pre-approval is ticked but has no approval number.',
        document: 'The "{category}" pre-approval is ticked; upload the approval document issued by the authority.',
      },
      why: "Ticking a pre-approval states that the authority's approval is held: its number must be entered and a valid document uploaded, or the order is rejected as failing pre-approval.",
      fix: 'Enter the approval (licence) number from the document and upload it; if the service does not carry that content, untick the category.',
    },
  },
  sources: ['P19', 'K-驳回', 'HW-pre-approval'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(services(form), (s) =>
      flatMap(s.preApprovals ?? [], (approval, j): CheckResult<'missingNumber' | 'document'>[] => {
        if (!approval.category) return [];
        const term = PRE_APPROVAL_CATEGORIES[approval.category];
        const params = { category: { 'zh-CN': term.zh, en: term.en } };
        const out: CheckResult<'missingNumber' | 'document'>[] = [{ material: 'pre-approval-document', for: s.path, message: 'document', params }];
        if (approval.number !== undefined && approval.number.trim() === '')
          out.push({ field: `${s.path}.preApprovals[${j}].number`, message: 'missingNumber', params });
        return out;
      }),
    );
  },
});
