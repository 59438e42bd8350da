import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { multipleHomepages } from '../_site';

/** 广东 personal websites (Huawei S2, 2025-05-27): one homepage URL per website. */
export default defineRule({
  id: 'provinces/gd/personal-one-homepage-url',
  severity: 'error',
  family: 'domains',
  scope: { provinces: ['GD'], natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].homepageUrls'],
  texts: {
    'zh-CN': {
      title: '广东个人网站只能填写一个首页URL',
      messages: { oneHomepage: '网站{n}填写了{count}个首页URL，广东个人备案每个网站只能填写一个。' },
      why: '华为云广东管局个人要求：每个网站只填写一个首页URL，多填会被驳回。',
      fix: '只保留网站主域名的首页URL（如 http://www.example.cn），删除其余的。',
    },
    en: {
      title: 'Guangdong personal websites: one homepage URL only',
      messages: { oneHomepage: 'Website {n} lists {count} homepage URLs; Guangdong personal filings allow one per website.' },
      why: "Huawei's Guangdong personal page: one homepage URL per website; more are rejected.",
      fix: 'Keep only the homepage of the main domain (e.g. http://www.example.cn) and remove the others.',
    },
  },
  citations: { 'zh-CN': ['华为云广东管局个人要求'], en: ["Huawei's Guangdong personal page"] },
  sources: ['S2', PROVINCE_SOURCES.GD.HW],
  reviewedAt: '2026-11-29',
  check(form) {
    return multipleHomepages(form, 'oneHomepage' as const);
  },
});
