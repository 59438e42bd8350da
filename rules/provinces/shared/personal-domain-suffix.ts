import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { orderDomains, provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Suffixes individuals could not file in older provider pages: 上海 `.tv` (Tencent,
 * c. 2019), 重庆 `.org` (Tencent's retired page, c. 2017). No newer page repeats them,
 * so they are warnings to check with the provider, not refusals.
 */
export const PROVINCES = {
  SH: { suffix: 'tv', natures: ['individual'], sources: [PROVINCE_SOURCES.SH.TC] },
  CQ: { suffix: 'org', natures: ['individual'], sources: [PROVINCE_SOURCES.CQ.TC17] },
} satisfies Partial<Record<ProvinceCode, { suffix: string; natures: ['individual']; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/personal-domain-suffix',
  severity: 'warning',
  family: 'domains',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '个人备案使用了本省曾不接受的域名后缀',
      messages: { suffixRefused: '域名 {domain} 的后缀 .{suffix} 在本省较早的规定中不接受个人备案，提交前请向接入商确认。' },
      why: '该省较早的接入商说明写明个人不能备案这种后缀的域名；新近页面未再提及，但仍有被退回的可能。',
      fix: '优先使用 .cn、.com 等常见后缀；如必须使用该域名，先向{provider}备案客服确认。',
    },
    en: {
      title: 'A domain suffix this province used to refuse for individuals',
      messages: {
        suffixRefused:
          'The domain {domain} ends in .{suffix}, which older rules of this province refused for personal filings; check with the provider before submitting.',
      },
      why: 'Older provider pages for this province say individuals cannot file this suffix; newer pages are silent, so a return is still possible.',
      fix: 'Prefer common suffixes such as .cn or .com; if you must use this domain, ask {provider} filing support first.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry<{ suffix: string; sources: readonly SourceRef[] }>(PROVINCES, form);
    if (!entry) return [];
    return orderDomains(form)
      .filter((d) => d.suffix === entry.suffix)
      .map((d) => ({ field: d.field, message: 'suffixRefused' as const, params: { domain: d.domain, suffix: entry.suffix } }));
  },
});
