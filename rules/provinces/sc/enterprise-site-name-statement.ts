import { sharesUnitName } from '../../checks/unit-name';
import { defineRule, type CheckResult } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { regionsOf } from '../_site';

/**
 * 四川 enterprise website names must equal the company name or contain its short name;
 * otherwise a 情况说明 (company name, domain, content, pledge that the site is the
 * company's own) signed by the legal representative and sealed (UCloud 2024-04-01).
 * TC (older) wanted a pledge plus a site-construction description.
 */
export default defineRule({
  id: 'provinces/sc/enterprise-site-name-statement',
  severity: 'warning',
  family: 'names',
  scope: { provinces: ['SC'], natures: ['enterprise'], serviceKinds: ['website'] },
  reads: ['subject.name', 'websites[].name'],
  alsoReads: ['subject.mailingAddress.city', 'subject.mailingAddress.district', 'subject.mailingAddress.province'],
  texts: {
    'zh-CN': {
      title: '四川：企业网站名称不含企业简称时须提供情况说明',
      messages: {
        unrelated: '网站名称“{name}”不含企业名称或简称；四川要求改名，或提供法定代表人签字盖章的情况说明。',
        statement: '网站{n}的名称不含企业简称，需提供写明企业名称、域名、网站内容并承诺为本企业网站的情况说明。',
      },
      why: 'UCloud 2024年四川规则：企业网站名称须为企业名称或包含企业简称，否则须提交情况说明。',
      fix: '把网站名称改为含企业简称的名称；或写情况说明（企业名称、域名、网站内容、承诺为本企业自有网站），由法定代表人签字并加盖公章后上传。',
    },
    en: {
      title: 'Sichuan: a statement when the enterprise site name lacks the company’s short name',
      messages: {
        unrelated:
          'The website name "{name}" does not contain the company’s name or short name; Sichuan asks you to rename it or provide a statement signed by the legal representative and sealed.',
        statement:
          'Website {n}’s name lacks the company’s short name: provide a statement giving the company name, domain and content, pledging the site is the company’s own.',
      },
      why: "UCloud's 2024 Sichuan rules: an enterprise site name must be the company name or contain its short name, otherwise a signed statement is required.",
      fix: 'Rename the site to include the short name, or write the statement (company, domain, content, pledge), have the legal representative sign it, stamp and upload it.',
    },
  },
  sources: [PROVINCE_SOURCES.SC.UC, PROVINCE_SOURCES.SC.TC],
  reviewedAt: '2026-11-29',
  materials: {
    'sc-site-name-statement': {
      zh: '网站名称情况说明（四川）',
      en: 'Website-name statement (Sichuan)',
      howTo: {
        zh: '写明企业名称、域名、网站内容并承诺为本企业网站，法定代表人签字并盖公章。',
        en: 'Company name, domain, content and a pledge that the site is the company’s own; signed by the legal representative and sealed.',
      },
    },
  },
  check(form) {
    const entity = form.subject?.name;
    if (!entity) return [];
    return (form.websites ?? []).flatMap((site, i): CheckResult<'unrelated' | 'statement'>[] =>
      site.name && sharesUnitName(site.name, entity, regionsOf(form)) === false
        ? [
            { field: `websites[${i}].name`, message: 'unrelated', params: { name: site.name } },
            { material: 'sc-site-name-statement', for: `websites[${i}]`, message: 'statement', params: { n: i + 1 } },
          ]
        : [],
    );
  },
});
