import { defineRule } from '../engine/types';
import { sharesUnitName } from '../checks/unit-name';
import { compact } from '../checks/text';
import { UNIT_NATURES } from '../model/vocabulary';
import { namedWebsites } from './_site-names';

/**
 * A unit's website name should relate to the unit (P45, K-驳回, P26: Huawei's page and the rejection FAQ
 * recommend the full or short unit name; some provinces want a trademark certificate
 * when it does not). "Relates" here means either
 * - the name shares a piece of the unit's trade name (字号): the registered name without
 *   region (深圳市), industry (科技) and legal form (有限公司) — see checks/unit-name.ts —
 *   sharing two consecutive Han characters or a Latin word of three or more letters; or
 * - the name says it is the unit's official site (官网, 官方网站): reviewers then read it
 *   as the unit's own site and judge the rest themselves.
 * Product and brand names unrelated to the unit name are common and often accepted with
 * a remark, and Huawei allows several sites to share the unit name, so this is a warning.
 * Government and defence bodies are left out: their site names come from the 编办
 * approval and are mostly region plus function.
 */
const NATURES = UNIT_NATURES.filter((n) => n !== 'government' && n !== 'defence');
const OFFICIAL_WORDS = ['官网', '官方网站'];

export default defineRule({
  id: 'national/unit-site-name-relates-to-subject',
  severity: 'warning',
  family: 'names',
  scope: { natures: NATURES, serviceKinds: ['website'] },
  reads: ['websites[].name', 'subject.name'],
  alsoReads: ['subject.mailingAddress.city', 'subject.mailingAddress.district', 'subject.mailingAddress.province'],
  texts: {
    'zh-CN': {
      title: '单位网站名称应与主办单位名称相关',
      messages: {
        unrelated: '网站名称“{name}”看不出与主办单位名称的关联。',
      },
      why: '单位网站名称一般应与主办单位全称或简称一致或相关；名称与单位毫无关联的，常以“网站名称不符合要求”被驳回，部分省份要求提供商标注册证明。',
      fix: '建议使用单位全称或简称（可加“官网”），多个网站可以使用同一名称。若名称是本单位的产品或品牌，请在网站备注中说明“某某是本单位的产品/品牌”，并准备以本单位为注册人的商标注册证（部分省份要求，四川等省份可签署情况说明）。',
    },
    en: {
      title: 'A unit’s website name should relate to the unit’s name',
      messages: {
        unrelated: 'The website name "{name}" shows no link to the subject’s registered name.',
      },
      why: 'A unit’s site name should be, or relate to, the unit’s full or short name; names with no link to the unit are often rejected as "网站名称不符合要求", and some provinces ask for a trademark certificate.',
      fix: 'Use the unit’s full or short name (adding 官网 is fine); several sites may share that name. If the name is the unit’s product or brand, say so in the website remark ("… is our product/brand") and prepare the trademark registration certificate in the unit’s name (required by some provinces; Sichuan accepts a signed statement).',
    },
  },
  sources: ['P45', 'K-驳回', 'P26', 'TC-naming'],
  reviewedAt: '2026-11-29',
  check(form) {
    const unitName = form.subject?.name;
    if (!unitName) return [];
    const address = form.subject?.mailingAddress;
    const regions = [address?.province, address?.city, address?.district];
    return namedWebsites(form)
      .filter((site) => !OFFICIAL_WORDS.some((w) => compact(site.name).includes(w)))
      .filter((site) => sharesUnitName(site.name, unitName, regions) === false)
      .map((site) => ({
        field: site.field,
        message: 'unrelated' as const,
        params: { name: site.name },
        // K-驳回: "根据省份规则" a name unrelated to the unit needs a 商标注册证明: needed if the province asks.
        materials: [{ material: 'trademark-certificate' as const, for: `websites[${site.index}]` }],
      }));
  },
});
