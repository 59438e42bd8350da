import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation, provincesOf, sameName, tableSources } from '../_site';

/**
 * Provinces that accept only the unit itself as the domain holder. 宁夏 says outright
 * that the legal representative's name is not accepted (HW K doc_0239; TC, TC17);
 * 西藏 (P26/P27) and 湖北 (P28) write "域名持有者须为单位名称" on Huawei's own pages.
 * Other holders are reported by national/domain-holder-matches-subject, which accepts
 * the legal representative; this rule reports that case, which these provinces refuse.
 */
export const PROVINCES = {
  NX: [PROVINCE_SOURCES.NX.HW, PROVINCE_SOURCES.NX.TC],
  XZ: [PROVINCE_SOURCES.XZ.HW, 'P26', 'P27'],
  HB: [PROVINCE_SOURCES.HB.HW, 'P28'],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/domain-holder-unit-name',
  severity: 'error',
  family: 'domains',
  scope: { provinces: provincesOf(PROVINCES), natures: UNIT_NATURES },
  reads: ['domainRecords[].holder', 'subject.name'],
  alsoReads: ['domainRecords[].domain', 'subject.principal.name'],
  texts: {
    'zh-CN': {
      title: '域名持有者须为主办单位名称',
      messages: {
        holderIsPerson: '域名 {domain} 登记在个人（主体负责人/法定代表人）名下；本省只接受以主办单位名称持有的域名。',
      },
      why: '该省管局要求单位备案的域名持有者与主办单位名称完全一致，法定代表人个人持有的域名也不接受。',
      fix: '在注册商处把域名过户到主办单位名下（名称与证件一致），实名认证通过并同步后再提交。',
    },
    en: {
      title: "The domain must be held in the unit's name",
      messages: {
        holderIsPerson:
          'The domain {domain} is registered to a person (the principal or legal representative); this province accepts only domains held in the unit’s name.',
      },
      why: "This province requires a unit's domains to be registered exactly in the unit's name; not even the legal representative's own name is accepted.",
      fix: 'Transfer the domain to the unit (name exactly as on its certificate), complete real-name verification and let it sync before submitting.',
    },
  },
  sources: ['K-管局', ...tableSources(PROVINCES)],
  reviewedAt: '2026-11-29',
  check(form) {
    if (isCancellation(form) || !form.subject?.name) return [];
    return (form.domainRecords ?? []).flatMap((record, i) => {
      if (!record.holder || sameName(record.holder, form.subject?.name) || !sameName(record.holder, form.subject?.principal?.name)) return [];
      return [{ field: `domainRecords[${i}].holder`, message: 'holderIsPerson' as const, params: { domain: record.domain } }];
    });
  },
});
