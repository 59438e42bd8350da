import { defineRule, type Issue } from '../engine/types';

/** Remarks that say nothing about the content. */
const PLACEHOLDERS = new Set([
  '无',
  '暂无',
  '没有',
  '其他',
  '其它',
  '个人网站',
  '个人博客',
  '个人',
  '网站',
  '测试',
  'none',
  'n/a',
  'na',
  'null',
  '-',
  '/',
  '.',
  '。',
]);

/** Full stops and exclamation marks that may end a remark (「无。」, 「none!」). */
const STOPS = new Set(['。', '.', '!', '！']);

/**
 * The text without its trailing 。.!！ — a loop from the end, linear in the length
 * (`/[。.!！]+$/` retries from every mark of a long run that is not at the end).
 */
function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && STOPS.has(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/**
 * A person choosing 其他 must say in the website remark what the site will carry (P09, S2;
 * K-准备 names it with the catalogue rule, Huawei's P09 checks list 网站内容超范围 for
 * personal sites). A remark that only repeats "其他" or "个人网站" describes nothing.
 */
export default defineRule({
  id: 'national/individual-other-content-remark',
  severity: 'error',
  family: 'service-content',
  scope: { natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent', 'websites[].remark'],
  texts: {
    'zh-CN': {
      title: '个人网站选择“其他”时须在备注中说明网站内容',
      messages: {
        missing: '服务内容选择了“其他”，请在网站备注中说明网站的具体内容。',
        vague: '网站备注“{remark}”没有说明网站内容，请具体描述网站将发布什么。',
      },
      why: '个人网站选择“其他”时，审核人员依据网站备注判断内容是否属于个人范围；备注为空或含糊会以“网站内容超范围”驳回。',
      fix: '在网站备注中写明网站的具体内容，例如“个人技术博客，记录编程学习笔记，不涉及企业信息和经营活动”。',
    },
    en: {
      title: 'A personal website choosing "Other" must describe its content in the remark',
      messages: {
        missing: 'Service content "Other" is chosen; describe what the website carries in the website remark.',
        vague: 'The website remark "{remark}" does not describe the content; say what the site will publish.',
      },
      why: 'When a personal website chooses "Other", reviewers judge from the remark whether the content is personal; an empty or vague remark is rejected as beyond the scope of a personal site.',
      fix: 'Describe the content in the website remark, e.g. "personal tech blog with programming notes; no company information or business activity".',
    },
  },
  sources: ['K-准备', 'P09', 'S2'],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.websites ?? []).flatMap((site, i): Issue<'missing' | 'vague'>[] => {
      if (!site.serviceContent?.includes('other') || site.remark === undefined) return [];
      const remark = site.remark.trim();
      const field = `websites[${i}].remark`;
      if (remark === '') return [{ field, message: 'missing' as const }];
      if (PLACEHOLDERS.has(withoutTrailingStops(remark.toLowerCase()) || remark)) return [{ field, message: 'vague' as const, params: { remark } }];
      return [];
    });
  },
});
