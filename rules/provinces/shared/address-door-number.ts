import { hasDoorNumber } from '../../checks/address';
import { defineRule, type Issue, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Tencent's province page (c. 2019) asks for mailing addresses "detailed to the door
 * number" in these provinces; 北京 also wants numbers written out ("1号楼2单元3室"), not
 * "1-2-3". Older single source: advice only.
 */
export const PROVINCES = {
  BJ: { noDashes: true, sources: [PROVINCE_SOURCES.BJ.TC] },
  JL: { sources: [PROVINCE_SOURCES.JL.TC] },
  HL: { sources: [PROVINCE_SOURCES.HL.TC] },
  SH: { sources: [PROVINCE_SOURCES.SH.TC] },
  SD: { sources: [PROVINCE_SOURCES.SD.TC] },
  SC: { sources: [PROVINCE_SOURCES.SC.TC] },
  GX: { sources: [PROVINCE_SOURCES.GX.TC] },
} satisfies Partial<Record<ProvinceCode, { noDashes?: boolean; sources: SourceRef[] }>>;

/**
 * A number written with two or more dashes (1-2-301), found from the start of its first digit
 * run: the look-behind keeps the search linear (`\d+-\d+(?:-\d+)+` retried from every digit
 * of a long run).
 */
const DASHED_NUMBER = /(?<!\d)\d+(?:-\d+){2,}/;

export default defineRule({
  id: 'provinces/shared/address-door-number',
  severity: 'info',
  family: 'addresses',
  scope: { provinces: provincesOf(PROVINCES) },
  reads: ['subject.mailingAddress.detail'],
  texts: {
    'zh-CN': {
      title: '通讯地址须详细到门牌号',
      messages: {
        noDoorNumber: '通讯地址的详细地址没有门牌号，本省要求写到门牌号（学校地址写到院系、班级）。',
        dashedNumber: '详细地址中的“{text}”请写成“X号楼X单元X室”的形式，北京管局不接受“1-2-3”式写法。',
      },
      why: '该省管局会按通讯地址寄送或核实，地址须详细、无歧义。',
      fix: '把详细地址写到门牌号（如“科技路1号2栋301室”）。',
    },
    en: {
      title: 'The mailing address must go down to the door number',
      messages: {
        noDoorNumber:
          'The street part of the mailing address has no door number; this province wants it down to the door number (campus addresses: department and class).',
        dashedNumber: 'Write "{text}" in the address as building / unit / room in words; Beijing does not accept the "1-2-3" short form.',
      },
      why: 'The province uses the mailing address to send post or verify; it must be complete and unambiguous.',
      fix: 'Give the street address down to the door number (e.g. 科技路1号2栋301室).',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry<{ noDashes?: boolean; sources: readonly SourceRef[] }>(PROVINCES, form);
    const detail = form.subject?.mailingAddress?.detail;
    if (!entry || detail === undefined) return [];
    const field = 'subject.mailingAddress.detail';
    const issues: Issue<'noDoorNumber' | 'dashedNumber'>[] = [];
    const dashed = DASHED_NUMBER.exec(detail);
    if (entry.noDashes && dashed) issues.push({ field, message: 'dashedNumber', params: { text: dashed[0] } });
    else if (!hasDoorNumber(detail)) issues.push({ field, message: 'noDoorNumber' });
    return issues;
  },
});
