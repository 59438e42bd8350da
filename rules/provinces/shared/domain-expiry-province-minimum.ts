import { addDays, addMonths } from '../../checks/dates';
import { defineRule, type Bilingual, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation, provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Remaining-validity minimums that only pre-2024 pages state (Tencent c. 2019, Alibaba
 * 2018) and that no current page repeats: a warning, not a refusal. The national
 * practice of about three months (MIIT-domain-notice; K-管局, P24) makes these safe advice.
 * A domain that has already expired is national/domain-expired's (an error), not this warning's.
 */
export const PROVINCES = {
  HA: { months: 3, label: { 'zh-CN': '3个月', en: 'three months' }, sources: [PROVINCE_SOURCES.HA.TC] },
  AH: { months: 3, label: { 'zh-CN': '3个月', en: 'three months' }, sources: [PROVINCE_SOURCES.AH.TC] },
  JL: { months: 1, label: { 'zh-CN': '1个月', en: 'one month' }, sources: [PROVINCE_SOURCES.JL.TC] },
  SD: { days: 45, label: { 'zh-CN': '45天', en: '45 days' }, sources: [PROVINCE_SOURCES.SD.AL] },
} satisfies Partial<Record<ProvinceCode, { months?: number; days?: number; label: Bilingual; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/domain-expiry-province-minimum',
  evidence: 'older-sources',
  severity: 'warning',
  family: 'domains',
  scope: { provinces: provincesOf(PROVINCES) },
  reads: ['domainRecords[].expiresOn'],
  alsoReads: ['domainRecords[].domain'],
  texts: {
    'zh-CN': {
      title: '域名剩余有效期偏短（本省旧规定）',
      messages: {
        expiresSoon: '域名 {domain} 的注册有效期至 {date}，剩余不足{minimum}；本省较早的规定要求至少{minimum}。',
      },
      why: '该省较早的接入商页面写明了域名剩余有效期的下限；新近页面未再提及，但有效期过短的域名仍常被退回。',
      fix: '为域名续费后再提交，最稳妥的是保证剩余有效期超过3个月。',
    },
    en: {
      title: 'Little registration time left on the domain (older provincial rule)',
      messages: {
        expiresSoon: 'The domain {domain} is registered until {date}, less than {minimum} from now; older rules of this province ask for at least {minimum}.',
      },
      why: 'Older provider pages for this province set a minimum remaining validity; newer pages no longer mention it, but domains close to expiry are still often sent back.',
      fix: 'Renew the domain before submitting; more than three months left is the safe choice.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form, ctx) {
    const entry = provinceEntry<{ months?: number; days?: number; label: Bilingual; natures?: undefined }>(PROVINCES, form);
    if (isCancellation(form) || !entry) return [];
    const limit = entry.days !== undefined ? addDays(ctx.today, entry.days) : addMonths(ctx.today, entry.months ?? 3);
    return (form.domainRecords ?? []).flatMap((record, i) =>
      record.expiresOn && record.expiresOn > ctx.today && record.expiresOn <= limit
        ? [
            {
              field: `domainRecords[${i}].expiresOn`,
              message: 'expiresSoon' as const,
              params: { domain: record.domain, date: record.expiresOn, minimum: entry.label },
            },
          ]
        : [],
    );
  },
});
