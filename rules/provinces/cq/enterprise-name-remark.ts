import { sharesUnitName } from '../../checks/unit-name';
import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { regionsOf } from '../_site';

/**
 * 重庆 (QingCloud, undated): when an enterprise site is not named after the company, the
 * website remark explains what the site is ("XX是本公司的产品/项目"). Advice.
 */
export default defineRule({
  id: 'provinces/cq/enterprise-name-remark',
  severity: 'info',
  family: 'names',
  scope: { provinces: ['CQ'], natures: ['enterprise'], serviceKinds: ['website'] },
  reads: ['subject.name', 'websites[].name', 'websites[].remark'],
  alsoReads: ['subject.mailingAddress.city', 'subject.mailingAddress.district', 'subject.mailingAddress.province'],
  texts: {
    'zh-CN': {
      title: '重庆：网站名称不是公司名称时在备注说明',
      messages: { explain: '网站名称“{name}”不含公司名称或简称，请在网站备注中说明该网站是什么（如“XX是本公司的产品官网”）。' },
      why: '青云重庆管局要求：企业网站名称与公司名称不一致时，须在备注中说明网站与公司的关系。',
      fix: '在网站备注中写明，例如“好物推荐网是本公司运营的产品介绍网站”。',
    },
    en: {
      title: 'Chongqing: explain a site name that is not the company name',
      messages: {
        explain:
          'The website name "{name}" does not contain the company name or short name; explain in the website remark what the site is (e.g. "X is our product site").',
      },
      why: "QingCloud's Chongqing page: when an enterprise site is not named after the company, the remark must explain the relation.",
      fix: 'Add to the website remark, e.g. "好物推荐网是本公司运营的产品介绍网站".',
    },
  },
  sources: [PROVINCE_SOURCES.CQ.QC],
  reviewedAt: '2026-11-29',
  check(form) {
    const entity = form.subject?.name;
    if (!entity) return [];
    return (form.websites ?? []).flatMap((site, i) =>
      site.name && sharesUnitName(site.name, entity, regionsOf(form)) === false && !(site.remark ?? '').includes(site.name)
        ? [{ field: `websites[${i}].remark`, message: 'explain' as const, params: { name: site.name } }]
        : [],
    );
  },
});
