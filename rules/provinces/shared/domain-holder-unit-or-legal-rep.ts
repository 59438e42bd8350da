import { flatMap } from '../../checks/arrays';
import { defineRule, type Issue, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation, provincesOf, sameName, tableSources } from '../_site';

/**
 * Units in these provinces may hold the domain in the unit's name or in the name of its
 * legal representative (K-准备; K-政策 doc_0224 福建, doc_0228 广东, doc_0237
 * 甘肃; P26/P27 青海). ⚠ Older pages are stricter for 福建 (QC, TC: unit name only) and
 * 青海 (TC: unit name only); Huawei's newer pages (2025-12-31) decide, and every source
 * agrees that a holder who is neither is refused, which is what this rule reports.
 * The 主体负责人 must be the legal representative in all four provinces, so a holder
 * equal to the 主体负责人 is accepted unless the form says they are not the legal rep.
 * A holder who is neither unit nor principal is reported by
 * national/domain-holder-matches-subject; this rule adds the province-specific case.
 */
export const PROVINCES = {
  FJ: [PROVINCE_SOURCES.FJ.HW, PROVINCE_SOURCES.FJ.QC],
  GD: [PROVINCE_SOURCES.GD.HW],
  QH: [PROVINCE_SOURCES.QH.HW, 'P26', 'P27', PROVINCE_SOURCES.QH.TC],
  GS: [PROVINCE_SOURCES.GS.HW],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/domain-holder-unit-or-legal-rep',
  severity: 'error',
  family: 'domains',
  scope: { provinces: provincesOf(PROVINCES), natures: UNIT_NATURES },
  reads: ['domainRecords[].holder', 'subject.name'],
  alsoReads: ['domainRecords[].domain', 'subject.principal.isLegalRepresentative', 'subject.principal.name'],
  texts: {
    'zh-CN': {
      title: '域名持有者须为主办单位或其法定代表人',
      messages: {
        holderNotLegalRep: '域名 {domain} 由主体负责人持有，但表单显示其不是法定代表人；本省只接受单位或法定代表人持有的域名。',
      },
      why: '该省管局核对域名实名信息：单位备案的域名须登记在单位名下或法定代表人名下，其他人持有的域名会被驳回。',
      fix: '在注册商处将域名持有者变更（过户）为主办单位（或法定代表人），实名认证通过并等待3个工作日同步后再提交。',
    },
    en: {
      title: 'The domain must be held by the unit or its legal representative',
      messages: {
        holderNotLegalRep:
          'The domain {domain} is held by the subject principal, who the form says is not the legal representative; this province accepts only the unit or the legal representative.',
      },
      why: "This province checks the domain's real-name data: a unit's domain must be registered to the unit or to its legal representative; anyone else's is rejected.",
      fix: 'Transfer the domain at the registrar to the unit (or the legal representative), complete real-name verification and wait three working days for it to sync before submitting.',
    },
  },
  sources: ['K-管局', 'K-政策', ...tableSources(PROVINCES)],
  reviewedAt: '2026-11-29',
  check(form) {
    if (isCancellation(form) || !form.subject?.name) return [];
    const principal = form.subject.principal;
    return flatMap(form.domainRecords ?? [], (record, i): Issue<'holderNotLegalRep'>[] => {
      if (!record.holder || sameName(record.holder, form.subject?.name) || !sameName(record.holder, principal?.name)) return [];
      return principal?.isLegalRepresentative === false
        ? [{ field: `domainRecords[${i}].holder`, message: 'holderNotLegalRep', params: { domain: record.domain } }]
        : [];
    });
  },
});
