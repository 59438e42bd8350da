import { defineRule } from '../engine/types';
import { serviceLabel } from './_services';

/**
 * Only websites migrate to another subject: an app is cancelled by its subject and filed again
 * by the new one (S4; K-迁移).
 */
export default defineRule({
  id: 'national/migration-no-apps',
  severity: 'error',
  family: 'filing-type',
  scope: { providers: ['huawei'], filingTypes: ['migrate-service'] },
  reads: ['apps[]'],
  texts: {
    'zh-CN': {
      title: 'APP不能迁移到其他主体',
      messages: { app: '{app}不能通过迁移换到其他主体：须由现主体注销，再由新主体重新备案。' },
      why: '{provider}的迁移只支持网站；APP迁移订单无法提交。',
      fix: '从迁移订单中去掉APP；由现主体注销该APP的备案，新主体再新增APP备案。',
    },
    en: {
      title: 'Apps cannot migrate to another subject',
      messages: { app: '{app} cannot move to another subject by migration: its subject cancels it and the new subject files it again.' },
      why: "{provider}'s migration moves websites only; a migration order with an app cannot be submitted.",
      fix: 'Take the app out of the migration; the current subject cancels its filing and the new subject files it as a new app.',
    },
  },
  sources: ['S4', 'K-迁移'],
  reviewedAt: '2026-12-07',
  check(form) {
    return (form.apps ?? []).map((_, i) => ({ field: `apps[${i}]`, message: 'app' as const, params: { app: serviceLabel('app', i) } }));
  },
});
