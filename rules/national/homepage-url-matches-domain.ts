import { flatMap } from '../checks/arrays';
import { hostOf, isDomainName, isSubdomainOf, webUrlHost } from '../checks/domain';
import { defineRule, type Issue } from '../engine/types';

/**
 * 网站首页URL: the system normally fills it from the domain (R-kb); 江西 and 陕西 want a
 * complete URL per listed domain and 广东 one per website (S3, P17, S2 — province rules).
 * Nationally a homepage must at least be a web address on the website's own domain:
 * a URL on another domain points the reviewer at a site that is not being filed.
 */
export default defineRule({
  id: 'national/homepage-url-matches-domain',
  severity: 'error',
  family: 'domains',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].homepageUrls', 'websites[].domains'],
  texts: {
    'zh-CN': {
      title: '首页URL须是本网站域名下的网址',
      messages: {
        invalid: '“{url}”不是有效的网址，请填写如 http://example.com 的首页地址。',
        notListed: '首页“{url}”的域名不是本网站填写的域名（{domains}）或其子域名。',
      },
      why: '首页URL用于审核人员访问网站，必须是本网站备案域名（或其子域名）下的有效网址；其他域名的地址会被视为信息不一致而驳回。',
      fix: '填写本网站域名的首页，如 http://example.com 或 http://www.example.com；不要填写其他网站或IP地址。',
    },
    en: {
      title: "The homepage URL must be on the website's own domain",
      messages: {
        invalid: '"{url}" is not a valid web address; enter a homepage such as http://example.com.',
        notListed: 'The homepage "{url}" is not on a domain this website lists ({domains}) or one of its sub-domains.',
      },
      why: "Reviewers open the homepage URL; it must be a valid address on the website's filed domain (or a sub-domain of it). An address on another domain is inconsistent and rejected.",
      fix: "Enter the homepage of this website's domain, e.g. http://example.com or http://www.example.com; not another site or an IP address.",
    },
  },
  sources: ['R-kb', 'S3', 'P17', 'S2'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(form.websites ?? [], (site, i) => {
      const domains = (site.domains ?? []).map(hostOf).filter((d) => isDomainName(d));
      return flatMap(site.homepageUrls ?? [], (url, j): Issue<'invalid' | 'notListed'>[] => {
        // An empty row is for the required-field check, not for this one.
        if (url.trim() === '') return [];
        const field = `websites[${i}].homepageUrls[${j}]`;
        const host = webUrlHost(url);
        if (host === undefined) return [{ field, message: 'invalid' as const, params: { url } }];
        if (domains.length === 0 || domains.some((d) => isSubdomainOf(host, d))) return [];
        return [{ field, message: 'notListed' as const, params: { url, domains: domains.join(', ') } }];
      });
    });
  },
});
