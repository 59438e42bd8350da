import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import type { SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation, orderDomains, provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Provinces that ask for the registration certificate of every filed domain:
 * 广东 personal (Huawei S2, 2025-05-27: "域名证书"), 山西 (Huawei KB), 江苏 (TC, QC, JD,
 * TC17), 贵州 and 湖南 (TC, TC17), 河北 (JD). Most of these are older pages that newer
 * ones do not repeat, so the rule is a warning; uploading the certificate does no harm.
 */
export const PROVINCES = {
  GD: { natures: ['individual'], sources: ['S2'] },
  SX: { sources: [PROVINCE_SOURCES.SX.HW] },
  JS: { sources: [PROVINCE_SOURCES.JS.TC, PROVINCE_SOURCES.JS.QC, PROVINCE_SOURCES.JS.JD] },
  GZ: { sources: [PROVINCE_SOURCES.GZ.TC, PROVINCE_SOURCES.GZ.TC17] },
  HN: { sources: [PROVINCE_SOURCES.HN.TC, PROVINCE_SOURCES.HN.TC17] },
  HE: { sources: [PROVINCE_SOURCES.HE.JD] },
} satisfies Partial<Record<ProvinceCode, { natures?: SubjectNature[]; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/domain-certificate-every-domain',
  severity: 'warning',
  family: 'materials',
  scope: { provinces: provincesOf(PROVINCES), filingTypes: ['first', 'add-service', 'add-access'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '本省要求上传每个域名的域名证书',
      messages: { certificate: '请上传域名 {domain} 的域名证书，持有者须与主办单位一致。' },
      why: '该省管局要求为每个备案域名提供域名证书，用于核对域名持有者和有效期。',
      fix: '在域名注册商控制台下载域名证书，确认持有者和有效期后上传。',
    },
    en: {
      title: 'This province asks for the certificate of every domain',
      messages: { certificate: 'Upload the registration certificate of {domain}; its holder must be the filing subject.' },
      why: "The province's administration asks for a registration certificate for each filed domain to check holder and validity.",
      fix: "Download the certificate from the registrar's console, check holder and expiry, then upload it.",
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    if (isCancellation(form) || !provinceEntry<{ natures?: readonly SubjectNature[]; sources: readonly SourceRef[] }>(PROVINCES, form)) return [];
    return orderDomains(form).map((d) => ({ material: 'domain-certificate', for: d.field, message: 'certificate' as const, params: { domain: d.domain } }));
  },
});
