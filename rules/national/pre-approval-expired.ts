import { flatMap } from '../checks/arrays';
import { isIsoDate } from '../checks/dates';
import { defineRule } from '../engine/types';
import { PRE_APPROVAL_CATEGORIES } from '../model/vocabulary';
import { services } from './_services';

/**
 * An approval past its validity is no approval: 前置审批不合格 原因二 during filing (K-驳回)
 * and the rectification notice 前置审批证件已过有效期 afterwards (P22, P33).
 */
export default defineRule({
  id: 'national/pre-approval-expired',
  severity: 'error',
  family: 'pre-approval',
  scope: { serviceKinds: ['website', 'app'] },
  reads: ['websites[].preApprovals'],
  alsoReads: ['apps[].preApprovals[].category', 'apps[].preApprovals[].validUntil'],
  texts: {
    'zh-CN': {
      title: '前置审批文件须在有效期内',
      messages: {
        expired: '“{category}”前置审批的有效期到 {date} 为止，已经过期。',
      },
      why: '过期的前置审批文件不被认可：备案时会以“前置审批不合格”驳回，已备案的会收到“前置审批证件已过有效期”整改通知。',
      fix: '先向主管部门办理延续或重新审批，再填写新的审批号、有效期并上传新文件。',
    },
    en: {
      title: 'Pre-approval documents must be within their validity',
      messages: {
        expired: 'The "{category}" pre-approval was valid until {date} and has expired.',
      },
      why: 'An expired approval is not accepted: a filing is rejected as failing pre-approval, and a filed site gets a rectification notice for an expired pre-approval.',
      fix: 'Renew the approval with the authority first, then enter the new number and validity and upload the renewed approval.',
    },
  },
  sources: ['P22', 'P33', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form, { today }) {
    return flatMap(services(form), (s) =>
      flatMap(s.preApprovals ?? [], (approval, j) => {
        const date = approval.validUntil;
        if (!approval.category || !date || !isIsoDate(date) || date >= today) return [];
        const term = PRE_APPROVAL_CATEGORIES[approval.category];
        return [
          { field: `${s.path}.preApprovals[${j}].validUntil`, message: 'expired' as const, params: { category: { 'zh-CN': term.zh, en: term.en }, date } },
        ];
      }),
    );
  },
});
