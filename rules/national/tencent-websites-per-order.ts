import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';

/** The most websites one Tencent Cloud order may hold, by subject nature (TC-website-info). */
export const WEBSITES_PER_ORDER = { individual: 1, unit: 10 } as const;

/**
 * Tencent Cloud takes at most ten websites in one order of a unit and one website in an order
 * of a person (TC-website-info: 单位备案每个订单最多可提交10个网站；个人备案每个订单最多可提交1个网站;
 * also 接入: at most ten websites at once). A website beyond the cap is flagged on its name, the
 * field the user adds it with. The one-domain-per-website half of the same answer is
 * national/website-one-domain's.
 */
export default defineRule({
  id: 'national/tencent-websites-per-order',
  severity: 'error',
  family: 'filing-type',
  scope: { providers: ['tencent'], serviceKinds: ['website'], filingTypes: NEW_FILING_TYPES },
  reads: ['subject.nature', 'websites'],
  texts: {
    'zh-CN': {
      title: '个人备案每个订单只能提交1个网站，单位备案最多10个',
      messages: {
        overCap: '本订单已有{count}个网站；{provider}的{nature}备案每个订单最多提交{cap}个网站，网站{n}超出了上限。',
      },
      why: '{provider}规定一个订单中单位主体最多提交10个网站，个人主体只能提交1个网站；超出的网站无法随本订单提交。',
      fix: '把超出的网站从本订单中删除，待本订单备案成功后再以“新增网站”另行提交。',
    },
    en: {
      title: 'One website per order for a person, at most ten for a unit',
      messages: {
        overCap: 'This order holds {count} websites; {provider} takes at most {cap} per order of a {nature} subject, so website {n} is over the cap.',
      },
      why: '{provider} takes at most ten websites in one order of a unit and one website in an order of a person; the rest cannot be submitted with the order.',
      fix: 'Remove the websites over the cap from this order and file them later as new websites (新增网站), once this filing has been approved.',
    },
  },
  sources: ['TC-website-info'],
  reviewedAt: '2026-12-07',
  check(form) {
    const websites = form.websites ?? [];
    const individual = form.subject?.nature === 'individual';
    const cap = individual ? WEBSITES_PER_ORDER.individual : WEBSITES_PER_ORDER.unit;
    if (websites.length <= cap) return [];
    const nature = individual ? { 'zh-CN': '个人', en: 'personal' } : { 'zh-CN': '单位', en: 'unit' };
    return websites.slice(cap).map((_, k) => ({
      field: `websites[${cap + k}].name`,
      message: 'overCap' as const,
      params: { count: websites.length, cap, nature, n: cap + k + 1 },
    }));
  },
});
