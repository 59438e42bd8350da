import { defineRule } from '../engine/types';
import { provinceByCode, type ProvinceCode } from '../model/provinces';

/**
 * 迁移互联网信息服务 (网站迁移): a filed website moves to another subject without going offline,
 * if the province accepts migrations. S4 (2024-07-19) lists the eighteen that did; the knowledge
 * base (K-迁移) speaks of 26 without naming them, so a province missing from S4's list is told
 * to confirm in the console, never refused. The page shows the website being moved, not the
 * target subject, so the target's conditions (its own account, no order in progress, never a
 * personal subject, the domains transferred to it first; S4, K-迁移, R-rules) are in the
 * finding's why, not judged.
 */
export const MIGRATION_PROVINCES_2024: readonly ProvinceCode[] = [
  'HE',
  'SN',
  'GD',
  'SH',
  'AH',
  'JS',
  'HA',
  'FJ',
  'TJ',
  'SC',
  'HB',
  'JL',
  'LN',
  'ZJ',
  'CQ',
  'HN',
  'YN',
  'GZ',
];

export default defineRule({
  id: 'national/migration-province',
  severity: 'info',
  family: 'filing-type',
  scope: { providers: ['huawei'], filingTypes: ['migrate-service'] },
  reads: ['province'],
  texts: {
    'zh-CN': {
      title: '确认迁入省份支持网站迁移',
      messages: {
        unlistedProvince: '{province}不在2024年支持网站迁移的18个省份名单中（知识库称已扩大到26个省份），请先在控制台确认能否迁入。',
      },
      why: '网站迁移要看迁入省份是否支持；2024年的说明列出了18个省份，知识库后来称26个但没有列出。此外，目标主体须有自己的{provider}账号并在其中确认迁入，两个账号都不能有进行中的订单，不能迁入个人主体，域名须先实名过户到目标主体，短信核验须在24小时内完成。',
      fix: '在控制台或向{provider}确认该省能否迁入；不能迁入时，由目标主体新增备案，原主体注销该网站。',
    },
    en: {
      title: 'Confirm the province accepts website migrations',
      messages: {
        unlistedProvince:
          '{province} is not on the 2024 list of 18 provinces that accept website migrations (the knowledge base speaks of 26 since, unnamed): confirm in the console first.',
      },
      why: "Whether a website can migrate depends on the province; the 2024 page lists 18, the knowledge base later speaks of 26 without naming them. Also: the target subject has its own {provider} account and confirms there, neither account has an order in progress, no migration to a personal subject, the domains' real-name holder becomes the target subject first, and the SMS check is done within 24 hours.",
      fix: 'Confirm in the console or with {provider} that the province accepts it; if not, the target subject files the website as a new service and the current subject cancels it.',
    },
  },
  sources: ['S4', 'K-迁移', 'R-rules'],
  reviewedAt: '2026-12-07',
  check(form) {
    if (!form.province || MIGRATION_PROVINCES_2024.includes(form.province)) return [];
    const province = provinceByCode(form.province);
    return [{ field: 'province', message: 'unlistedProvince' as const, params: { province: { 'zh-CN': province.zh, en: province.en } } }];
  },
});
