import { defineRule, type SourceRef } from '../../engine/types';
import { NEW_SITE_FILING_TYPES } from '../../model/vocabulary';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provincesOf, tableSources } from '../_site';

/**
 * ⚠ 网站党建备案信息确认函. 新疆: required for every first filing / new site by QC, JD, TC
 * (c. 2019–2023); UCloud deleted it in its 2024-04-01 rewrite. 西藏: TC (c. 2019) only —
 * the original had to reach the 管局 within 20 working days; neither UCloud (2024-08-23)
 * nor Huawei mentions it. Newer sources dropped it, hence info: ask the provider.
 */
export const PROVINCES = {
  XJ: [PROVINCE_SOURCES.XJ.UC, PROVINCE_SOURCES.XJ.JD, PROVINCE_SOURCES.XJ.QC, PROVINCE_SOURCES.XJ.TC],
  XZ: [PROVINCE_SOURCES.XZ.UC, PROVINCE_SOURCES.XZ.TC],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/party-building-letter',
  severity: 'info',
  family: 'materials',
  scope: { provinces: provincesOf(PROVINCES), filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['websites'],
  texts: {
    'zh-CN': {
      title: '网站党建备案信息确认函（本省旧要求）',
      messages: { letter: '本省较早的规定要求新网站提供《网站党建备案信息确认函》；2024年后的接入商页面已不再列出，提交前请向{provider}确认是否仍需要。' },
      why: '新疆、西藏曾要求每个新网站取得党建确认函（西藏须在20个工作日内寄送原件）；新近来源删去了这一项，要求可能已取消。',
      fix: '向{provider}备案客服或当地网信办确认；如仍需要，按其指引办理并上传。',
    },
    en: {
      title: 'Party-building confirmation letter (older provincial requirement)',
      messages: {
        letter:
          'Older rules of this province asked new websites for a party-building confirmation letter; provider pages since 2024 no longer list it, so ask {provider} whether it is still needed.',
      },
      why: 'Xinjiang and Tibet used to require the letter for every new site (Tibet: original by post within 20 working days); newer sources dropped it.',
      fix: 'Ask {provider} filing support or the local cyberspace office; if still required, follow their instructions and upload it.',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  materials: {
    'party-building-confirmation': { zh: '网站党建备案信息确认函', en: 'Website party-building filing confirmation letter' },
  },
  check(form) {
    return (form.websites ?? []).map((_, i) => ({ material: 'party-building-confirmation', for: `websites[${i}]`, message: 'letter' as const }));
  },
});
