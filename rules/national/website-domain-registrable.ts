import { flatMap } from '../checks/arrays';
import { GOVERNMENT_SUFFIXES, isDomainName, publicSuffix, registrableDomain } from '../checks/domain';
import { defineRule, type Issue } from '../engine/types';

/**
 * Only the registrable domain is filed (P42, S6, P07, R-rules): sub-domains, `www.` included, are
 * covered by it at the same access provider, and a sub-domain in the domain box is
 * refused. The exception (P09, P43, P17, P25, P26, P07, K-管局, K-材料): a government sub-department's own domain under the
 * government's .gov.cn / .政务 domain needs its own filing, so government subjects may
 * list such sub-domains — but never a `www.` host.
 */
export default defineRule({
  id: 'national/website-domain-registrable',
  severity: 'error',
  family: 'domains',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].domains', 'subject.nature'],
  texts: {
    'zh-CN': {
      title: '网站域名只填写主域名，不填 www 或其他子域名',
      messages: {
        www: '“{domain}”带有 www，请只填写主域名 {registrable}；备案后 www 等子域名可直接使用。',
        subdomain: '“{domain}”是子域名，请填写主域名 {registrable}；子域名无需单独备案。',
        bareSuffix: '“{domain}”只是域名后缀，请填写完整的注册域名。',
      },
      why: '备案针对注册的主域名（如 example.com），在同一接入商下其子域名无需另行备案；填写子域名在基础信息校验时不被接受。只有政府下属部门使用政府域名下的二级域名时才需要单独备案。',
      fix: '把域名改为注册商处购买的主域名；需要使用的 www 或其他子域名在备案通过后直接解析即可。',
    },
    en: {
      title: 'Enter the registrable domain only, without www or other sub-domains',
      messages: {
        www: '"{domain}" starts with www; enter the registrable domain {registrable}. www and other sub-domains work once it is filed.',
        subdomain: '"{domain}" is a sub-domain; enter the registrable domain {registrable}. Sub-domains need no filing of their own.',
        bareSuffix: '"{domain}" is only a domain suffix; enter the full registered domain.',
      },
      why: 'A filing covers the registered domain (e.g. example.com) and, at the same access provider, its sub-domains; a sub-domain is not accepted in the domain field. Only government sub-departments using a sub-domain of the government domain file it separately.',
      fix: 'Enter the domain you bought from the registrar; point www or other sub-domains at the server after the filing is approved.',
    },
  },
  sources: ['P42', 'S6', 'P07', 'R-rules', 'K-管局'],
  reviewedAt: '2026-11-29',
  check(form) {
    const government = form.subject?.nature === 'government';
    return flatMap(form.websites ?? [], (site, i) =>
      flatMap(site.domains ?? [], (domain, j): Issue<'www' | 'subdomain' | 'bareSuffix'>[] => {
        const host = domain.trim().toLowerCase();
        // Malformed domains are national/website-domain-format's to report.
        if (!isDomainName(host)) return [];
        const registrable = registrableDomain(host);
        if (registrable === host) return [];
        const field = `websites[${i}].domains[${j}]`;
        if (registrable === undefined) return [{ field, message: 'bareSuffix' as const, params: { domain } }];
        if (host.startsWith('www.')) return [{ field, message: 'www' as const, params: { domain, registrable } }];
        if (government && GOVERNMENT_SUFFIXES.includes(publicSuffix(host))) return [];
        return [{ field, message: 'subdomain' as const, params: { domain, registrable } }];
      }),
    );
  },
});
