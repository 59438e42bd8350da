import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { compact } from '../checks/text';
import { namedWebsites, QC_SITE_NAME, STATE_WORDS } from './_site-names';

/**
 * Names may start with 中国/中央/国家/中华/人大/人民 only for national-level units, which
 * prove it with stamped papers (Huawei P18/P40). When the user has declared a
 * national-level unit (declarations.nationalLevelUnit), the proof is the materials
 * rules' business and this rule stays silent. An undeclared unit is treated as not
 * national-level: that is the common case, and the fix text says how to declare it.
 */
export default defineRule({
  id: 'national/site-name-state-prefix',
  severity: 'error',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  alsoReads: ['declarations.nationalLevelUnit'],
  texts: {
    'zh-CN': {
      title: '非国家级单位的网站名称不能以“中国”“国家”等字头开头',
      messages: {
        statePrefix: '网站名称“{name}”以“{word}”开头；只有国家级单位才能使用此类字头。',
      },
      why: '网站名称以中国、中央、国家、中华、人大、人民开头，而主办单位不是国家级单位的，会以“网站名称不符合要求”被驳回。',
      fix: '去掉名称开头的国字头词语，或改用单位简称。若主办单位确为国家级单位，请在侧栏中声明，并准备加盖公章的证明材料（单位说明、网站网址、网站负责人联系电话）。',
    },
    en: {
      title: 'Only national-level units may start a website name with 中国, 国家 and the like',
      messages: {
        statePrefix: 'The website name "{name}" starts with "{word}"; only national-level units may use such a prefix.',
      },
      why: 'A name starting with 中国, 中央, 国家, 中华, 人大 or 人民 from a unit that is not national-level is rejected as "网站名称不符合要求".',
      fix: 'Drop the state-level word at the start or use the unit’s short name. If the unit is national-level, declare it in the side panel and prepare stamped proof (unit description, site URL, the site principal’s phone).',
    },
  },
  sources: ['P18', 'P40', QC_SITE_NAME],
  reviewedAt: '2026-11-29',
  check(form) {
    if (form.declarations?.nationalLevelUnit === true) return [];
    return flatMap(namedWebsites(form), (site) => {
      const name = compact(site.name);
      const word = STATE_WORDS.find((w) => name.startsWith(w));
      return word ? [{ field: site.field, message: 'statePrefix' as const, params: { name: site.name, word } }] : [];
    });
  },
});
