import { daysBetween, isIsoDate } from '../../checks/dates';
import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf, tableSources } from '../_site';
import { provinceName } from './_people';

/**
 * 海南 (HW page S1, 2021-01-29: "ID card only, no 临时身份证") and 内蒙古 (HW 2025 K-管局, QC, TC, JD:
 * temporary ID cards not accepted) refuse the 临时居民身份证 for personal filings. The form has no
 * separate type for it, but a temporary card is valid for three months while a regular one is
 * valid for 5, 10 or 20 years or long-term; a validity span under a year therefore points to a
 * temporary card. The inference makes this a warning.
 */
const MAX_TEMPORARY_SPAN_DAYS = 366;

export const PROVINCES = {
  HI: ['S1', P.HI.HW],
  NM: [P.NM.HW, 'K-管局', P.NM.QC, P.NM.TC, P.NM.JD],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/personal-temporary-id-refused',
  severity: 'warning',
  family: 'identity',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'] },
  reads: ['subject.principal.idValidFrom', 'subject.principal.idValidTo'],
  alsoReads: ['subject.principal.idLongTerm', 'subject.principal.idType'],
  texts: {
    'zh-CN': {
      title: '不接受临时身份证',
      messages: { temporaryId: '证件有效期不足一年，像是临时居民身份证；{province}的个人备案不接受临时身份证。' },
      why: '临时居民身份证有效期只有3个月，正式身份证为5年、10年、20年或长期；这些省份的管局明确不接受临时身份证。',
      fix: '使用正式的居民身份证备案；如正在补办，等新证领取后再提交。若有效期填写有误，请按证件背面更正。',
    },
    en: {
      title: 'Temporary ID cards are refused',
      messages: {
        temporaryId:
          'The ID is valid for less than a year, which looks like a temporary resident ID card; {province} does not accept temporary ID cards for personal filings.',
      },
      why: 'A temporary resident ID card is valid for 3 months, a regular one for 5, 10 or 20 years or long-term; these administrations refuse temporary cards.',
      fix: 'File with your regular ID card; if it is being replaced, wait for the new card. If the dates were mistyped, copy them from the back of the card.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const p = form.subject?.principal;
    const code = form.province;
    if (!code || !p?.idValidFrom || !p.idValidTo || p.idLongTerm === true) return [];
    if ((p.idType ?? 'resident-id') !== 'resident-id' || !isIsoDate(p.idValidFrom) || !isIsoDate(p.idValidTo)) return [];
    const span = daysBetween(p.idValidFrom, p.idValidTo);
    return span > 0 && span < MAX_TEMPORARY_SPAN_DAYS
      ? [{ field: 'subject.principal.idValidTo', message: 'temporaryId' as const, params: { province: provinceName(code) } }]
      : [];
  },
});
