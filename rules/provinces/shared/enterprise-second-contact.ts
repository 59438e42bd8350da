import { isLandline, samePhone } from '../../checks/phone';
import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Tencent (c. 2019, and its FAQ): in these provinces a unit's second contact number
 * (办公室电话) is mandatory; without a landline, give a mobile different from the
 * responsible person's (甘肃: a third employee's, named in the remark). 江苏 is the one province where the unit landline itself is
 * mandatory (TC FAQ). Older single source: warning.
 */
export const PROVINCES = {
  BJ: { sources: [PROVINCE_SOURCES.BJ.TC] },
  LN: { sources: [PROVINCE_SOURCES.LN.TC] },
  JL: { sources: [PROVINCE_SOURCES.JL.TC] },
  HL: { sources: [PROVINCE_SOURCES.HL.TC] },
  HA: { sources: [PROVINCE_SOURCES.HA.TC] },
  HB: { sources: [PROVINCE_SOURCES.HB.TC] },
  GS: { sources: [PROVINCE_SOURCES.GS.TC] },
  JS: { landline: true, sources: [PROVINCE_SOURCES.JS.TC] },
} satisfies Partial<Record<ProvinceCode, { landline?: boolean; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/enterprise-second-contact',
  severity: 'warning',
  family: 'contacts',
  scope: { provinces: provincesOf(PROVINCES), natures: UNIT_NATURES },
  reads: ['subject.principal.officePhone'],
  alsoReads: ['subject.principal.mobile'],
  texts: {
    'zh-CN': {
      title: '单位须填写第二个联系电话（办公室电话）',
      messages: {
        missing: '本省要求单位填写办公室电话；没有座机时填写一个与负责人手机不同的手机号码。',
        sameAsMobile: '办公室电话与主体负责人手机号码相同，本省要求两者不同。',
        landlineRequired: '江苏要求单位的办公室电话为固定电话（带区号）。',
      },
      why: '该省管局会拨打第二个联系电话核实单位；缺少或与负责人手机相同常被退回。',
      fix: '填写单位座机（如 025-12345678）；没有座机的，填写另一名员工的手机号码。',
    },
    en: {
      title: 'Units must give a second contact number (office phone)',
      messages: {
        missing: 'This province requires an office phone for units; without a landline, give a mobile different from the principal’s.',
        sameAsMobile: 'The office phone is the same as the subject principal’s mobile; this province wants two different numbers.',
        landlineRequired: 'Jiangsu requires a landline with area code as the unit’s office phone.',
      },
      why: 'The administration calls the second number to verify the unit; a missing or repeated number is often sent back.',
      fix: "Give the unit's landline (e.g. 025-12345678); without one, another employee's mobile.",
    },
  },
  sources: ['TC-provinces', ...tableSources(PROVINCES)],
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry<{ landline?: boolean; sources: readonly SourceRef[] }>(PROVINCES, form);
    const principal = form.subject?.principal;
    const office = principal?.officePhone;
    if (!entry || office === undefined) return [];
    const field = 'subject.principal.officePhone';
    if (!office.trim()) return [{ field, message: 'missing' as const }];
    if (principal?.mobile && samePhone(office, principal.mobile)) return [{ field, message: 'sameAsMobile' as const }];
    if (entry.landline && !isLandline(office)) return [{ field, message: 'landlineRequired' as const }];
    return [];
  },
});
