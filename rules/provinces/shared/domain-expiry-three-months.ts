import { addMonths } from '../../checks/dates';
import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation, provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Provinces whose Huawei pages (KB summary dated 2025-12-31: K-管局, K-政策, P24) state
 * that the domain must have more than three months of registration left. Older pages
 * for 上海 asked for six months (TC, QC); Huawei's newer page says three, and the newer
 * source decides. 河南, 安徽, 吉林 and 山东 have only older figures: see
 * domain-expiry-province-minimum. A domain that has already expired is national/domain-expired's
 * (an error in every province), so this rule judges only domains still valid today.
 */
export const PROVINCES = {
  BJ: { sources: [PROVINCE_SOURCES.BJ.HW] },
  TJ: { sources: [PROVINCE_SOURCES.TJ.HW] },
  HE: { sources: [PROVINCE_SOURCES.HE.HW] },
  SX: { sources: [PROVINCE_SOURCES.SX.HW] },
  NM: { sources: [PROVINCE_SOURCES.NM.HW] },
  SH: { sources: [PROVINCE_SOURCES.SH.HW] },
  JS: { sources: [PROVINCE_SOURCES.JS.HW] },
  ZJ: { sources: [PROVINCE_SOURCES.ZJ.HW, PROVINCE_SOURCES.ZJ.QC] },
  GZ: { sources: [PROVINCE_SOURCES.GZ.HW] },
  GS: { sources: [PROVINCE_SOURCES.GS.HW] },
} satisfies Partial<Record<ProvinceCode, { sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/domain-expiry-three-months',
  severity: 'error',
  family: 'domains',
  scope: { provinces: provincesOf(PROVINCES) },
  reads: ['domainRecords[].expiresOn'],
  alsoReads: ['domainRecords[].domain'],
  texts: {
    'zh-CN': {
      title: '域名剩余有效期须超过3个月',
      messages: {
        expiresSoon: '域名 {domain} 的注册有效期至 {date}，剩余不足3个月，本省管局会驳回。',
      },
      why: '该省管局要求备案域名（及域名证书）的剩余注册有效期超过3个月，否则不予通过。',
      fix: '先在注册商处为域名续费（建议续费1年以上），续费生效后再提交备案。',
    },
    en: {
      title: 'The domain must have more than three months of registration left',
      messages: {
        expiresSoon: 'The domain {domain} is registered until {date}, less than three months from now; this province rejects it.',
      },
      why: "This province's administration requires more than three months of registration left on each filed domain (and its certificate).",
      fix: 'Renew the domain at the registrar first (a year or more is safest), then submit the filing.',
    },
  },
  sources: ['K-管局', 'K-政策', 'P24', ...tableSources(PROVINCES)],
  reviewedAt: '2026-11-29',
  check(form, ctx) {
    if (isCancellation(form) || !provinceEntry<{ sources: readonly SourceRef[] }>(PROVINCES, form)) return [];
    const limit = addMonths(ctx.today, 3);
    return (form.domainRecords ?? []).flatMap((record, i) =>
      record.expiresOn && record.expiresOn > ctx.today && record.expiresOn <= limit
        ? [{ field: `domainRecords[${i}].expiresOn`, message: 'expiresSoon' as const, params: { domain: record.domain, date: record.expiresOn } }]
        : [],
    );
  },
});
