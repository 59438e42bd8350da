/**
 * The UI strings the inline warnings show (both languages): a module of their own so that
 * a content script bundles these few and not the side panel's. strings.zh-CN.ts and
 * strings.en.ts include them.
 */
export const inlineZhCN = {
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',
  'finding.why': '原因',
  'finding.fix': '如何修改',
  'finding.sources': '依据',
  'finding.effective': '生效日期：{date}',
  'finding.reviewed': '本规则核对于 {date}',
  'finding.outdated': '本规则核对已超过一年，可能已过时：请向接入商确认',
  'inline.label': '备案预检提示',
  'inline.more': '详情',
  'inline.less': '收起',
  'inline.mark': '备案预检',
  'inline.moreCount': '+{n} 更多',
  'inline.moreLabel': '详情：{field}',
  'inline.lessLabel': '收起：{field}',
  'inline.cardLabel': '{field}的全部提示',
  'teach.hint': '点击页面上的「{field}」输入框（或用 Tab 移到它后按 Enter）· Esc 取消',
  'teach.cancel': '取消',
} as const satisfies Record<string, string>;

export type InlineStringKey = keyof typeof inlineZhCN;

export const inlineEn: Readonly<Record<InlineStringKey, string>> = {
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',
  'finding.why': 'Why',
  'finding.fix': 'How to fix',
  'finding.sources': 'Sources',
  'finding.effective': 'In effect from {date}',
  'finding.reviewed': 'Rule last checked on {date}',
  'finding.outdated': 'Last checked more than a year ago, so it may be outdated: confirm with your filing provider',
  'inline.label': 'Beian Precheck',
  'inline.more': 'Details',
  'inline.less': 'Hide',
  'inline.mark': 'Beian Precheck',
  'inline.moreCount': '+{n} more',
  'inline.moreLabel': 'Details: {field}',
  'inline.lessLabel': 'Hide: {field}',
  'inline.cardLabel': 'All warnings for {field}',
  'teach.hint': 'Click the “{field}” box on the page (or Tab to it and press Enter) · Esc to cancel',
  'teach.cancel': 'Cancel',
};
