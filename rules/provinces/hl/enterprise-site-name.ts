import { sharesUnitName } from '../../checks/unit-name';
import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { regionsOf } from '../_site';

/**
 * 黑龙江 enterprise website names must be the company's full or short name (JD, c. 2023).
 * Single older source, so a warning; "short name" is read as the name without region and
 * legal form, or the trade name (rules/checks/unit-name.ts).
 */
export default defineRule({
  id: 'provinces/hl/enterprise-site-name',
  severity: 'warning',
  family: 'names',
  scope: { provinces: ['HL'], natures: ['enterprise'], serviceKinds: ['website'] },
  reads: ['subject.name', 'websites[].name'],
  alsoReads: ['subject.mailingAddress.city', 'subject.mailingAddress.district', 'subject.mailingAddress.province'],
  texts: {
    'zh-CN': {
      title: '黑龙江企业网站名称须为企业全称或简称',
      messages: { unrelated: '网站名称“{name}”不含企业名称或简称，黑龙江要求企业网站以企业全称或简称命名。' },
      why: '京东云黑龙江规则写明企业网站名称须为企业全称或简称，与企业无关的名称常被驳回。',
      fix: '把网站名称改为企业全称或简称（可加“官网”），例如“示例科技官网”。',
    },
    en: {
      title: 'Heilongjiang enterprise site names must be the company’s full or short name',
      messages: { unrelated: 'The website name "{name}" does not contain the company’s name or short name, which Heilongjiang requires.' },
      why: "JD Cloud's Heilongjiang rules require an enterprise site to carry the company's full or short name; unrelated names are often rejected.",
      fix: 'Rename the site to the full or short company name (optionally with 官网), e.g. "示例科技官网".',
    },
  },
  sources: [PROVINCE_SOURCES.HL.JD],
  reviewedAt: '2026-11-29',
  check(form) {
    const entity = form.subject?.name;
    if (!entity) return [];
    return (form.websites ?? []).flatMap((site, i) =>
      site.name && sharesUnitName(site.name, entity, regionsOf(form)) === false
        ? [{ field: `websites[${i}].name`, message: 'unrelated' as const, params: { name: site.name } }]
        : [],
    );
  },
});
