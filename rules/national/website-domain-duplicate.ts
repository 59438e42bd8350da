import { flatMap } from '../checks/arrays';
import { hostOf } from '../checks/domain';
import { defineRule, type Issue } from '../engine/types';

/**
 * MIIT keys a filed website by its domain: the same domain twice in one order — in one
 * website or in two — cannot both be filed, and the console or domain verification
 * stops the order. No source words it as a rejection reason, hence a warning.
 */
export default defineRule({
  id: 'national/website-domain-duplicate',
  severity: 'warning',
  family: 'domains',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '同一个域名不能在备案中出现两次',
      messages: {
        sameSite: '域名“{domain}”在这个网站中已经填写过。',
        otherSite: '域名“{domain}”已经填写在网站{site}中；一个域名只能属于一个网站。',
      },
      why: '工信部按域名登记网站，一个域名只能备案在一个网站下，重复填写会导致订单无法提交或域名核验失败。',
      fix: '删除重复的域名；若要把域名换到另一个网站，请只在那个网站中保留它。',
    },
    en: {
      title: 'A domain may appear only once in a filing',
      messages: {
        sameSite: 'The domain "{domain}" is already listed in this website.',
        otherSite: 'The domain "{domain}" is already listed in website {site}; a domain belongs to one website only.',
      },
      why: 'MIIT records each website by its domain, so a domain can be filed under one website only; a duplicate stops the order or fails domain verification.',
      fix: 'Remove the duplicate; if the domain belongs to another website, keep it only there.',
    },
  },
  sources: ['S6', 'S7', 'K-域名'],
  reviewedAt: '2026-11-29',
  check(form) {
    const seen = new Map<string, number>();
    return flatMap(form.websites ?? [], (site, i) =>
      flatMap(site.domains ?? [], (domain, j): Issue<'sameSite' | 'otherSite'>[] => {
        const host = hostOf(domain);
        if (host === '') return [];
        const first = seen.get(host);
        if (first === undefined) {
          seen.set(host, i);
          return [];
        }
        const field = `websites[${i}].domains[${j}]`;
        return first === i
          ? [{ field, message: 'sameSite' as const, params: { domain } }]
          : [{ field, message: 'otherSite' as const, params: { domain, site: first + 1 } }];
      }),
    );
  },
});
