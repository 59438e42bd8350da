import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provincesOf, tableSources } from '../_site';

/**
 * Websites of one subject may not share a name: 陕西 (UC 2024, JD, QC), 江西 (UC 2024),
 * 北京 (TC: a new site may not repeat an existing name — add the domain to that site).
 * ⚠ 陕西: Huawei (P17) allows same-name sites if their content differs. The newer Huawei
 * page decides for 陕西 and the sources disagree, so the whole rule is a warning. Only
 * the names in this form are compared; already-filed names are not visible.
 */
export const PROVINCES = {
  SN: [PROVINCE_SOURCES.SN.UC, PROVINCE_SOURCES.SN.JD, 'P17'],
  JX: [PROVINCE_SOURCES.JX.UC],
  BJ: [PROVINCE_SOURCES.BJ.TC],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

export default defineRule({
  id: 'provinces/shared/site-names-unique',
  severity: 'warning',
  family: 'names',
  scope: { provinces: provincesOf(PROVINCES), serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '同一主体的网站名称不能重复',
      messages: { duplicate: '网站{n}的名称“{name}”与网站{first}相同；本省不接受同一主体下重名的网站。' },
      why: '该省管局要求同一主体的网站名称互不相同（陕西华为云页面允许内容不同的同名网站，各来源不一致）。',
      fix: '为每个网站取不同的名称；若是同一网站的多个域名，应放在同一网站下而不是另建网站。',
    },
    en: {
      title: 'Websites of one subject must not share a name',
      messages: { duplicate: 'Website {n} is named "{name}" like website {first}; this province does not accept two websites with one name under a subject.' },
      why: "The province requires distinct names for a subject's websites (Huawei's Shaanxi page allows same-name sites with different content; sources disagree).",
      fix: 'Give each website its own name; several domains of one site belong in that one website entry.',
    },
  },
  citations: { 'zh-CN': ['陕西华为云页面'], en: ["Huawei's Shaanxi page"] },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const seen = new Map<string, number>();
    return (form.websites ?? []).flatMap((site, i) => {
      const name = (site.name ?? '').replace(/\s+/g, '');
      if (!name) return [];
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, i);
        return [];
      }
      return [{ field: `websites[${i}].name`, message: 'duplicate' as const, params: { n: i + 1, first: first + 1, name: site.name! } }];
    });
  },
});
