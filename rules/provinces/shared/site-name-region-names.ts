import { placeNameIn } from '../../checks/place-names';
import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import type { SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Site names that name an administrative region, older Tencent pages (c. 2019):
 * - 海南: individuals may not use national ("国字号") or region names (TC).
 * - 云南: neither individuals nor companies may name a site after a region ("怒江网")
 *   without authorisation (TC).
 * No newer page repeats them, hence a warning; the entry lists local place names.
 */
export const PROVINCES = {
  HI: { natures: ['individual'], places: ['海口', '三亚', '三沙', '儋州', '琼海', '万宁', '文昌', '五指山'], sources: [PROVINCE_SOURCES.HI.TC] },
  YN: {
    places: ['昆明', '曲靖', '玉溪', '保山', '昭通', '丽江', '普洱', '临沧', '楚雄', '红河', '文山', '西双版纳', '大理', '德宏', '怒江', '迪庆', '滇'],
    sources: [PROVINCE_SOURCES.YN.TC],
  },
} satisfies Partial<Record<ProvinceCode, { natures?: SubjectNature[]; places: string[]; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/site-name-region-names',
  severity: 'warning',
  family: 'names',
  scope: { provinces: provincesOf(PROVINCES), serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '网站名称不宜使用行政区域名称',
      messages: { regionName: '网站名称“{name}”含有地名“{word}”；本省规定未经授权不得以行政区域名称命名网站。' },
      why: '以地名命名的网站容易被误认为当地官方或区域门户，该省要求相应资质或授权。',
      fix: '去掉名称中的地名，或准备主管部门的授权文件并在备注中说明。',
    },
    en: {
      title: 'Website names should not use administrative region names',
      messages: { regionName: 'The website name "{name}" contains the place name "{word}"; this province does not allow region names without authorisation.' },
      why: 'A site named after a region can be mistaken for an official or regional portal; the province requires matching authorisation.',
      fix: 'Remove the place name, or prepare the authorisation and explain it in the remark.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry<{ natures?: SubjectNature[]; places: string[] }>(PROVINCES, form);
    if (!entry) return [];
    return (form.websites ?? []).flatMap((site, i) => {
      const word = placeNameIn(site.name ?? '', entry.places);
      return word ? [{ field: `websites[${i}].name`, message: 'regionName' as const, params: { name: site.name!, word } }] : [];
    });
  },
});
