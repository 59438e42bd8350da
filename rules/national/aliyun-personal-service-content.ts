import { defineRule } from '../engine/types';
import { blogChosen } from '../provinces/_site';
import { PROVINCES as NO_BLOG_PROVINCES } from '../provinces/shared/personal-no-blog';
import { PROVINCES as NO_BLOG_ADVISED_PROVINCES } from '../provinces/shared/personal-no-blog-advised';

/**
 * Alibaba Cloud offers a personal website only the 网站内容 「其他」 (a write-up of its filing
 * flow reports the choice list; the cited page is Alibaba Cloud's own website-information step,
 * ALI-website-info). The national catalogue (national/individual-service-content) allows a
 * person 博客/个人空间 or 其他 and already reports every other item, so this rule adds only
 * what Alibaba Cloud narrows: 博客/个人空间. A third party's report of the list: a warning.
 * Provinces whose rules already warn about 博客 for persons (personal-no-blog,
 * personal-no-blog-advised) are left to them: one finding per field.
 */
export default defineRule({
  id: 'national/aliyun-personal-service-content',
  severity: 'warning',
  family: 'service-content',
  scope: { providers: ['aliyun'], natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent'],
  texts: {
    'zh-CN': {
      title: '个人网站的网站内容只能选择“其他”',
      messages: { blogNotOffered: '网站{n}选择了“博客/个人空间”；{provider}的备案系统只为个人网站提供“其他”。' },
      why: '{provider}为个人主体的网站只提供“其他”这一网站内容，网站的实际内容由网站备注说明；按“博客/个人空间”填写的信息在提交时需要改正。',
      fix: '把网站内容改为“其他”，并在网站备注中具体说明网站发布什么（如“个人学习笔记，记录编程知识，不涉及经营活动”）。',
    },
    en: {
      title: 'A personal website may choose only "Other" as its content',
      messages: { blogNotOffered: 'Website {n} chose "Blog / personal space"; the {provider} filing system offers a personal website only "Other".' },
      why: '{provider} offers websites of a personal subject only the content "Other"; what the site really carries goes into the website remark. A form filled in as "Blog / personal space" has to be corrected when it is submitted.',
      fix: 'Change the content to "Other" and describe in the website remark what the site publishes (e.g. "personal study notes on programming; no business activity").',
    },
  },
  sources: ['ALI-website-info'],
  reviewedAt: '2026-12-07',
  check(form) {
    const province = form.province;
    if (province !== undefined && (province in NO_BLOG_PROVINCES || province in NO_BLOG_ADVISED_PROVINCES)) return [];
    return blogChosen(form, 'blogNotOffered' as const);
  },
});
