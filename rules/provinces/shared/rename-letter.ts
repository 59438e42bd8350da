import { defineRule, type Bilingual, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { CHANGE_FILING_TYPES, UNIT_NATURES } from '../../model/vocabulary';
import { subjectRenamed } from '../../national/_filed';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provinceEntry, provinceName, provincesOf, tableSources } from '../_site';

/**
 * A renamed unit (the same subject under a new name, not another subject) changes its record
 * with the registering authority's proof of the name change, in the provinces whose pages say so:
 *  - 海南: a changed licence needs the 工商更名函 (S1, Huawei's Hainan page, 2021-01-29);
 *  - 四川: changes only, no subject swap; a change touching the company name uploads the
 *    工商更名函 (Huawei's Sichuan page icp_02_0036, as K-变更 quotes it);
 *  - 陕西: no subject swap; a changed business licence needs a 变更证明 (Huawei's Shaanxi page
 *    icp_02_0029, as K-变更 quotes it).
 * K-变更 also writes the Sichuan sentence without a province (如主体名称变更（非更换主体），需提供
 * 工商更名函); its only source is the Sichuan page, so it is not asked everywhere. Only a rename is
 * detected: R-rules says an address-only change normally needs no change proof.
 * national/change-renamed-subject asks for the new certificate and the domains' real-name update.
 */
export const PROVINCES = {
  HI: { letter: { 'zh-CN': '工商更名函', en: 'change-of-name letter (工商更名函)' }, sources: ['S1'] },
  SC: { letter: { 'zh-CN': '工商更名函', en: 'change-of-name letter (工商更名函)' }, sources: [P.SC.HW, 'K-变更'] },
  SN: { letter: { 'zh-CN': '营业执照变更证明', en: 'proof of the licence change (变更证明)' }, sources: [P.SN.HW, 'K-变更'] },
} satisfies Partial<Record<ProvinceCode, { letter: Bilingual; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/rename-letter',
  severity: 'error',
  family: 'materials',
  scope: { provinces: provincesOf(PROVINCES), natures: UNIT_NATURES, filingTypes: CHANGE_FILING_TYPES },
  reads: ['subject.name', 'filed.subjectName'],
  texts: {
    'zh-CN': {
      title: '单位更名后变更备案：上传名称变更证明',
      messages: {
        renamed: '主办单位已由“{old}”更名为“{name}”；{province}管局要求变更备案时上传{letter}。',
      },
      why: '同一单位更名（不是更换主体）时，该省管局要求以登记机关出具的名称变更证明核对新旧名称属于同一主体，缺少会被退回。',
      fix: '向市场监督管理部门（或其他登记机关）取得名称变更证明（如准予变更登记通知书或工商更名函），扫描后在变更备案中上传。',
    },
    en: {
      title: 'A renamed unit: upload the proof of the name change',
      messages: {
        renamed: 'The subject was renamed from "{old}" to "{name}"; the {province} administration wants the {letter} with the change order.',
      },
      why: 'When a unit changes its name (the same subject, not a new one), this province checks the registering authority’s proof that the old and new names are one subject; without it the order is returned.',
      fix: 'Get the proof of the name change from the market-regulation bureau (or the other registering authority), such as the notice approving the change, scan it and upload it with the change order.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-12-07',
  check(form) {
    const entry = provinceEntry<{ letter: Bilingual }>(PROVINCES, form);
    if (!entry || !subjectRenamed(form)) return [];
    return [
      {
        material: 'rename-letter',
        message: 'renamed' as const,
        params: { old: form.filed!.subjectName!, name: form.subject!.name!, province: provinceName(form), letter: entry.letter },
      },
    ];
  },
});
