import { defineRule } from '../engine/types';

/**
 * Units may file a website and an app in one order; a person must file them in two
 * orders (K-APP, Huawei's app FAQ). The console does not offer the mix for a personal
 * subject, so an order holding both cannot be submitted as it is.
 */
export default defineRule({
  id: 'national/individual-website-and-app',
  severity: 'error',
  family: 'apps',
  scope: { natures: ['individual'], serviceKinds: ['website', 'app'] },
  // Either list may be absent when the console shows only one kind; both present is the case judged.
  reads: [],
  alsoReads: ['apps[]', 'websites[]'],
  texts: {
    'zh-CN': {
      title: '个人不能在一个订单中同时备案网站和APP',
      messages: {
        separateOrders: '个人备案须把网站和APP分成两个订单提交，本订单同时包含 {websites} 个网站和 {apps} 个APP。',
      },
      why: '单位主体可以在同一订单中备案网站和APP；个人主体须分两次提交，一次网站、一次APP。',
      fix: '先提交网站（或APP）的备案，通过后再以“新增互联网信息服务”提交另一项。',
    },
    en: {
      title: 'A person may not file a website and an app in one order',
      messages: {
        separateOrders: 'A personal filing must put websites and apps in separate orders; this order holds {websites} website(s) and {apps} app(s).',
      },
      why: 'Organisations may file a website and an app in one order; an individual must submit them separately, one order for the website and one for the app.',
      fix: 'Submit the website (or the app) first; once approved, add the other with "add a website or app".',
    },
  },
  sources: ['K-APP'],
  reviewedAt: '2026-11-29',
  check(form) {
    const websites = form.websites?.length ?? 0;
    const apps = form.apps?.length ?? 0;
    return websites > 0 && apps > 0 ? [{ field: 'apps', message: 'separateOrders' as const, params: { websites, apps } }] : [];
  },
});
