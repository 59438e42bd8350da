import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { isCancellation, provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Province-format 承诺书 besides 广东's (own rule, provinces/gd/commitment-letter):
 * - 上海: 上海市互联网信息服务备案承诺书 (JD c. 2023, QC; Huawei's KB does not list it).
 * - 河南: 网站备案承诺书 (UCloud 2024 guidance).
 * JD lists a generic 承诺书 for every province (its province pages) but no other
 * provider confirms those, so only these two are encoded, as warnings.
 */
export const PROVINCES = {
  SH: { material: 'sh-commitment-letter', sources: [PROVINCE_SOURCES.SH.JD, PROVINCE_SOURCES.SH.QC, 'T8'] },
  HA: { material: 'ha-commitment-letter', sources: [PROVINCE_SOURCES.HA.UC] },
} satisfies Partial<Record<ProvinceCode, { material: string; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/province-commitment-letter',
  severity: 'warning',
  family: 'materials',
  scope: { provinces: provincesOf(PROVINCES) },
  reads: [],
  texts: {
    'zh-CN': {
      title: '本省格式的备案承诺书',
      messages: { letter: '本省接入商资料要求提交本省格式的备案承诺书，请准备并上传。' },
      why: '多家接入商的该省说明列出了本省格式的承诺书；缺少时可能被要求补充。',
      fix: '向{provider}备案客服索取本省承诺书模板，按要求签字（单位盖章）后上传到“其他附件”。',
    },
    en: {
      title: "The province's own filing commitment letter",
      messages: { letter: "Provider guidance for this province asks for the province's own filing commitment letter; prepare and upload it." },
      why: "Several providers' pages for this province list a province-format commitment letter; without it you may be asked to add it.",
      fix: 'Ask {provider} filing support for the province template, sign it (units: stamp) and upload it under "other attachments".',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  materials: {
    'sh-commitment-letter': { zh: '上海市互联网信息服务备案承诺书', en: 'Shanghai Internet information service filing commitment letter' },
    'ha-commitment-letter': { zh: '河南网站备案承诺书', en: 'Henan website filing commitment letter' },
  },
  check(form) {
    const entry = provinceEntry<{ material: string }>(PROVINCES, form);
    return entry && !isCancellation(form) ? [{ material: entry.material, message: 'letter' as const }] : [];
  },
});
