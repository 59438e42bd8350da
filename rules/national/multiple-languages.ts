import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { services } from './_services';

/**
 * 网站语言 / APP语言: pick the main language; several are discouraged (P33 — Huawei
 * states it for apps: a Chinese app with some English is 中文; assumed the same for
 * websites). Several languages also make reviewers expect every version to be online.
 */
export default defineRule({
  id: 'national/multiple-languages',
  severity: 'info',
  family: 'service-content',
  scope: { serviceKinds: ['website', 'app'] },
  reads: ['websites[].languages'],
  alsoReads: ['apps[].languages'],
  texts: {
    'zh-CN': {
      title: '语言建议只选择主要语言',
      messages: {
        several: '选择了 {count} 种语言；建议只选择网站或APP的主要语言。',
      },
      why: '语言应选择主要使用的语言，不建议多选（例如中文APP含少量英文界面，仍只选中文）；多选时审核可能要求每种语言版本都能访问。',
      fix: '只保留主要语言；确有完整的多语言版本时再多选。',
    },
    en: {
      title: 'Choose the main language only',
      messages: {
        several: '{count} languages are chosen; choose only the main language of the site or app.',
      },
      why: 'The language field takes the main language; several are discouraged (a Chinese app with a few English screens is Chinese). With several, reviewers may expect every language version to be available.',
      fix: 'Keep only the main language; choose more only when complete versions in each exist.',
    },
  },
  sources: ['P33'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(services(form), (s) => {
      const count = s.languages?.length ?? 0;
      return count > 1 ? [{ field: `${s.path}.languages`, message: 'several' as const, params: { count } }] : [];
    });
  },
});
