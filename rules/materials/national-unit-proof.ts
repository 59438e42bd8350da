import { flatMap } from '../checks/arrays';
import { compact } from '../checks/text';
import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES, UNIT_NATURES } from '../model/vocabulary';
import { namedWebsites, STATE_WORDS } from '../national/_site-names';

/**
 * P18, P40: a website name may start with 中国, 中央, 国家, 中华, 人大 or 人民 only for a
 * national-level unit, proved by a stamped statement (unit description, filed URL, the
 * site principal's phone). Asked only when the unit declares itself national-level; an
 * undeclared unit gets the naming error from national/site-name-state-prefix instead.
 */
export default defineRule({
  id: 'materials/national-unit-proof',
  severity: 'error',
  family: 'materials',
  scope: { natures: UNIT_NATURES, serviceKinds: ['website'], filingTypes: [...NEW_FILING_TYPES, 'change-service', 'change-filing'] },
  reads: ['websites[].name'],
  alsoReads: ['declarations.nationalLevelUnit'],
  texts: {
    'zh-CN': {
      title: '网站名称使用国字头时需提供国家级单位证明',
      messages: {
        stateWord: '网站名称“{name}”以“{word}”开头：需上传加盖公章的国家级单位证明（单位情况说明、备案网址、网站负责人联系电话）。',
      },
      why: '网站名称以中国、中央、国家、中华、人大、人民开头的，须由国家级单位备案，并提供加盖公章的证明材料，否则以“网站名称不符合要求”驳回。',
      fix: '准备单位情况说明，写明备案网址和网站负责人联系电话，加盖单位公章后上传。',
    },
    en: {
      title: 'A website name with a state-level prefix needs proof of national-level status',
      messages: {
        stateWord:
          'The website name "{name}" starts with "{word}": upload stamped proof of national-level status (unit description, filed URL, site principal’s phone).',
      },
      why: 'Names starting with 中国, 中央, 国家, 中华, 人大 or 人民 are reserved for national-level units, which must provide stamped proof; otherwise the name is rejected.',
      fix: "Prepare a description of the unit stating the filed URL and the site principal's phone, stamp it with the unit seal and upload it.",
    },
  },
  sources: ['P18', 'P40'],
  reviewedAt: '2026-11-29',
  check(form) {
    if (form.declarations?.nationalLevelUnit !== true) return [];
    return flatMap(namedWebsites(form), (site) => {
      const word = STATE_WORDS.find((w) => compact(site.name).startsWith(w));
      return word
        ? [{ material: 'national-unit-proof', for: `websites[${site.index}]`, message: 'stateWord' as const, params: { name: site.name, word } }]
        : [];
    });
  },
});
