import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { UNIT_NATURES, type SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { provinceEntry, provincesOf, sameName, tableSources } from '../_site';

type Expect = 'own-name' | 'legal-rep' | 'superior-body';

/**
 * What the 投资者或上级主管单位 field must say differs by province (Huawei publishes no rule):
 * - 吉林, 福建: enterprises write their own full name (TC, TC17).
 * - 宁夏: enterprises write the legal representative's name (UCloud 2024, TC, TC17).
 * - 广西: non-enterprise units write the superior body's full name (UCloud 2024, TC).
 * Conventions rather than published refusals: a warning.
 */
export const PROVINCES: Partial<Record<ProvinceCode, { natures: readonly SubjectNature[]; expect: Expect; sources: readonly SourceRef[] }>> = {
  JL: { natures: ['enterprise'], expect: 'own-name', sources: [PROVINCE_SOURCES.JL.TC, PROVINCE_SOURCES.JL.TC17] },
  FJ: { natures: ['enterprise'], expect: 'own-name', sources: [PROVINCE_SOURCES.FJ.TC, PROVINCE_SOURCES.FJ.TC17] },
  NX: { natures: ['enterprise'], expect: 'legal-rep', sources: [PROVINCE_SOURCES.NX.UC, PROVINCE_SOURCES.NX.TC] },
  GX: { natures: UNIT_NATURES.filter((n) => n !== 'enterprise'), expect: 'superior-body', sources: [PROVINCE_SOURCES.GX.UC, PROVINCE_SOURCES.GX.TC] },
};

export default defineRule({
  id: 'provinces/shared/investor-field',
  severity: 'warning',
  family: 'names',
  scope: { provinces: provincesOf(PROVINCES), natures: UNIT_NATURES },
  reads: ['subject.investor', 'subject.name'],
  texts: {
    'zh-CN': {
      title: '“投资者或上级主管单位”须按本省口径填写',
      messages: {
        ownName: '本省要求企业在“投资者或上级主管单位”填写本企业全称。',
        legalRep: '宁夏要求企业在“投资者或上级主管单位”填写法定代表人姓名，而不是企业名称。',
        superiorBody: '广西要求非企业单位在“投资者或上级主管单位”填写上级主管单位全称，而不是本单位名称。',
      },
      why: '各省对该字段的填写口径不同，不符合本省口径的订单常被退回修改。',
      fix: '按提示改写该字段：企业全称、法定代表人姓名或上级主管单位全称。',
    },
    en: {
      title: 'Fill “investor or superior body” the way this province expects',
      messages: {
        ownName: 'This province wants enterprises to write their own full name as investor / superior body.',
        legalRep: "Ningxia wants enterprises to write the legal representative's name as investor / superior body, not the company name.",
        superiorBody: "Guangxi wants non-enterprise units to write their superior body's full name, not their own name.",
      },
      why: 'Provinces read this field differently; orders that do not follow the local convention are often sent back.',
      fix: "Rewrite the field as indicated: the company's full name, the legal representative's name, or the superior body's full name.",
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry(PROVINCES, form);
    const investor = form.subject?.investor;
    const name = form.subject?.name;
    if (!entry || !investor || !name) return [];
    const field = 'subject.investor';
    if (entry.expect === 'own-name' && !sameName(investor, name)) return [{ field, message: 'ownName' as const }];
    if (entry.expect === 'legal-rep' && sameName(investor, name)) return [{ field, message: 'legalRep' as const }];
    if (entry.expect === 'superior-body' && sameName(investor, name)) return [{ field, message: 'superiorBody' as const }];
    return [];
  },
});
