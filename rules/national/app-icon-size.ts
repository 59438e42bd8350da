import { defineRule } from '../engine/types';

/** 100 KB, counted as 1024 bytes per KB as upload widgets do. */
const MAX_BYTES = 100 * 1024;

/**
 * APP图标 must be an image of at most 100 KB (P31, P35, K-APP, R-kb); a larger file is refused at
 * upload. What the icon shows (no system icons, no fake badges) is for a person to judge.
 */
export default defineRule({
  id: 'national/app-icon-size',
  severity: 'error',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].iconBytes'],
  texts: {
    'zh-CN': {
      title: 'APP图标不能超过100 KB',
      messages: {
        tooLarge: 'APP图标约 {kb} KB，超过了100 KB的上限。',
      },
      why: 'APP图标文件须不超过100 KB，超过的无法上传；图标也不能使用系统图标或带误导性的角标。',
      fix: '压缩或缩小图标（如导出为 512×512 的PNG并压缩）到100 KB以内后再上传。',
    },
    en: {
      title: 'The app icon may not exceed 100 KB',
      messages: {
        tooLarge: 'The app icon is about {kb} KB, over the 100 KB limit.',
      },
      why: 'The app icon file may be at most 100 KB or it cannot be uploaded; it also may not be a system icon or carry misleading badges.',
      fix: 'Compress or shrink the icon (e.g. a compressed 512×512 PNG) to 100 KB or less, then upload it.',
    },
  },
  sources: ['P31', 'P35', 'K-APP', 'R-kb'],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.apps ?? []).flatMap((app, i) =>
      app.iconBytes !== undefined && app.iconBytes > MAX_BYTES
        ? [{ field: `apps[${i}].iconBytes`, message: 'tooLarge' as const, params: { kb: Math.ceil(app.iconBytes / 1024) } }]
        : [],
    );
  },
});
