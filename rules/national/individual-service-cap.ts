import { defineRule } from '../engine/types';
import { NEW_SITE_FILING_TYPES } from '../model/vocabulary';

/** The most websites and apps one person may hold filed (R-rules, R-kb). */
export const INDIVIDUAL_SERVICE_CAP = 5;

/**
 * An individual subject may hold at most five filed websites or apps; the sixth cannot be
 * submitted (R-rules: 个人主体备案成功的互联网信息只能5个; R-kb: 个人主体最多备案5个互联网信息服务，
 * 第6个无法提交). Counted from the side panel's answer (services already filed) plus the
 * websites and apps in this order. provinces/sn/site-count-limit counts websites only, with
 * 陕西's caps for units as well.
 */
export default defineRule({
  id: 'national/individual-service-cap',
  severity: 'error',
  family: 'filing-type',
  scope: { natures: ['individual'], filingTypes: NEW_SITE_FILING_TYPES },
  reads: ['declarations.filedServiceCount'],
  alsoReads: ['websites', 'apps'],
  texts: {
    'zh-CN': {
      title: '个人主体最多备案5个网站或APP',
      messages: {
        overCap: '该个人已备案{filed}个网站或APP，本次再备案{adding}个，共{total}个，超过个人主体最多{cap}个的上限。',
      },
      why: '个人主体备案成功的网站和APP合计最多5个，第6个无法提交。',
      fix: '减少本次订单中的网站或APP，或先注销不再使用的网站或APP；需要更多网站时考虑以单位主体备案。',
    },
    en: {
      title: 'A person may hold at most five filed websites or apps',
      messages: {
        overCap:
          'This person already holds {filed} filed websites or apps and this order adds {adding}: {total} in all, above the limit of {cap} for a personal subject.',
      },
      why: 'A personal subject may hold at most five filed websites and apps in all; the sixth cannot be submitted.',
      fix: 'Take websites or apps out of this order, or cancel ones no longer used; for more sites consider filing as a unit.',
    },
  },
  sources: ['R-rules', 'R-kb'],
  reviewedAt: '2026-12-07',
  check(form) {
    const filed = form.declarations?.filedServiceCount;
    if (filed === undefined) return [];
    const adding = (form.websites?.length ?? 0) + (form.apps?.length ?? 0);
    const total = filed + adding;
    if (total <= INDIVIDUAL_SERVICE_CAP) return [];
    return [{ field: 'filingType', message: 'overCap' as const, params: { filed, adding, total, cap: INDIVIDUAL_SERVICE_CAP } }];
  },
});
