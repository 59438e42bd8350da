import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';
import { serviceLabel, services } from '../national/_services';

/**
 * K-APP, P31, P35, R-kb: every app filing uploads the app's icon (at most 100 KB; no system
 * icons, no fake unread badges). Huawei's knowledge base, hence the materials checklist
 * only; the size itself is checked by the app rules.
 */
export default defineRule({
  id: 'materials/app-icon',
  severity: 'error',
  family: 'materials',
  scope: { serviceKinds: ['app'], filingTypes: [...NEW_FILING_TYPES, 'change-service', 'change-filing'] },
  reads: [],
  alsoReads: ['apps[]', 'websites[]'],
  texts: {
    'zh-CN': {
      title: '每个APP需上传APP图标',
      messages: {
        icon: '需上传{service}的图标（不超过100 KB，不能是系统图标或带误导性角标）。',
      },
      why: 'APP备案须上传与上架版本一致的APP图标；图标不超过100 KB，不得使用系统图标或虚假的未读消息角标等误导性元素。',
      fix: '从安装包或应用商店页面导出APP图标，压缩到100 KB以内后上传。',
    },
    en: {
      title: 'Each app uploads its icon',
      messages: {
        icon: 'Upload the icon of {service} (at most 100 KB; no system icon, no misleading badge).',
      },
      why: 'App filings upload the icon of the released app: at most 100 KB, no system icons and no misleading elements such as fake unread badges.',
      fix: 'Export the icon from the package or store listing, compress it below 100 KB and upload it.',
    },
  },
  sources: ['K-APP', 'P31', 'P35'],
  reviewedAt: '2026-11-29',
  check(form) {
    return services(form)
      .filter((s) => s.kind === 'app')
      .map((s) => ({ material: 'app-icon', for: s.path, message: 'icon' as const, params: { service: serviceLabel(s.kind, s.index) } }));
  },
});
