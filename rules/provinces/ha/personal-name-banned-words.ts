import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { siteNamesContaining } from '../_site';

/**
 * 河南's list of words a personal website name may not contain, as Huawei publishes it
 * (P35). The snippet ends in "媒…", cut off by the search page; the
 * words before the cut are encoded. TC (c. 2019) adds "not 个人网站, no 中华/中国, no
 * navigation sites", covered by the national naming rules.
 */
const BANNED = [
  '合伙',
  '框架',
  '大众',
  '维修',
  '设计',
  '沙龙',
  '艺术',
  '评论',
  '工作室',
  '官网',
  '服务',
  '转让',
  '品牌',
  '排行榜',
  '行业',
  '宣传',
  '电商',
  '报价',
  '企业',
  '管理',
  '工坊',
  '传播',
  '中心',
  '交流',
  '咨询',
  '投资',
  '售后',
  '学院',
  '贸易',
  '旗舰',
  '产业',
  '农业',
  '传媒',
  '系统',
];

export default defineRule({
  id: 'provinces/ha/personal-name-banned-words',
  severity: 'error',
  family: 'names',
  scope: { provinces: ['HA'], natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '河南个人网站名称不能使用禁用词',
      messages: { bannedWord: '网站名称“{name}”含有河南个人备案禁用词“{word}”。' },
      why: '河南管局公布了个人网站名称禁用词表（如“工作室”“官网”“服务”“中心”“交流”等），这些词带有经营或单位色彩，个人备案使用会被驳回。',
      fix: '改用体现个人内容的名称，例如“张三的读书笔记”，避免禁用词。',
    },
    en: {
      title: 'Henan personal website names must avoid the banned words',
      messages: { bannedWord: 'The website name "{name}" contains "{word}", which Henan bans in personal site names.' },
      why: 'Henan publishes a list of words personal site names may not use (studio, official site, service, centre, exchange …); they suggest a business or organisation and are rejected.',
      fix: 'Choose a name describing the personal content, such as "Zhang San’s reading notes", without the banned words.',
    },
  },
  sources: ['P35', PROVINCE_SOURCES.HA.HW, PROVINCE_SOURCES.HA.TC],
  reviewedAt: '2026-11-29',
  check(form) {
    return siteNamesContaining(form, BANNED).map(({ index, word }) => ({
      field: `websites[${index}].name`,
      message: 'bannedWord' as const,
      params: { name: form.websites![index]!.name!, word },
    }));
  },
});
