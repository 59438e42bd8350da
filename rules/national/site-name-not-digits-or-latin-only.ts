import { flatMap } from '../checks/arrays';
import { defineRule, type Issue } from '../engine/types';
import { isDigitsOnly, isLatinOnly } from '../checks/text';
import { namedWebsites } from './_site-names';

/**
 * 网站名称 may not be pure digits or pure English (Huawei P18/P40/P45; Tencent, QingCloud).
 * "Pure" is judged on the letters and digits alone: "2024!!" is still digits only and
 * "My-Blog" still English only (the symbols are national/site-name-characters' warning).
 * Names of Latin letters and digits together are not "pure" either way and are left to
 * that warning rule.
 */
export default defineRule({
  id: 'national/site-name-not-digits-or-latin-only',
  severity: 'error',
  family: 'names',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '网站名称不能是纯数字或纯英文',
      messages: {
        digitsOnly: '网站名称“{name}”只有数字，不能作为网站名称。',
        latinOnly: '网站名称“{name}”只有英文字母，不能作为网站名称。',
      },
      why: '纯数字、纯英文的网站名称会以“网站名称不符合要求”被驳回。',
      fix: '使用能反映网站内容的中文名称（可保留英文品牌词，如“示例Cloud官网”）。',
    },
    en: {
      title: 'The website name may not be digits only or English only',
      messages: {
        digitsOnly: 'The website name "{name}" is digits only, which is not accepted.',
        latinOnly: 'The website name "{name}" is Latin letters only, which is not accepted.',
      },
      why: 'Names made only of digits or only of English letters are rejected as "网站名称不符合要求" (website name does not meet the requirements).',
      fix: 'Use a Chinese name that reflects the content (an English brand word may stay, e.g. "示例Cloud官网").',
    },
  },
  sources: ['P18', 'P40', 'P45', 'TC-naming'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(namedWebsites(form), (site): Issue<'digitsOnly' | 'latinOnly'>[] => {
      if (isDigitsOnly(site.name)) return [{ field: site.field, message: 'digitsOnly' as const, params: { name: site.name } }];
      if (isLatinOnly(site.name)) return [{ field: site.field, message: 'latinOnly' as const, params: { name: site.name } }];
      return [];
    });
  },
});
