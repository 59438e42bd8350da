import { GOVERNMENT_SUFFIXES, isDomainName, publicSuffix } from '../checks/domain';
import { defineRule } from '../engine/types';

/** The public-institution TLDs: .cn and CONAC's .公益, in Unicode and as its A-label (xn--55qw42g). */
const INSTITUTION_TLDS = ['cn', '公益', 'xn--55qw42g'];

/**
 * 《互联网政务应用安全管理规定》: government (党政机关) sites use .gov.cn or .政务, public
 * institutions (事业单位) .cn or .公益 (P06, K-管局, P09, P43, P17, P25, P26, P07, K-材料). Huawei's knowledge base lists it
 * for several provinces and one province page says government bodies must use gov.cn;
 * being a national regulation it is checked everywhere.
 */
export default defineRule({
  id: 'national/domain-suffix-by-nature',
  severity: 'error',
  family: 'domains',
  scope: { natures: ['government', 'institution'], serviceKinds: ['website'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '政府机关、事业单位网站须使用规定的域名后缀',
      messages: {
        government: '政府机关网站须使用 .gov.cn 或 .政务 域名，“{domain}”不符合。',
        institution: '事业单位网站须使用 .cn 或 .公益 域名，“{domain}”不符合。',
      },
      why: '按《互联网政务应用安全管理规定》，党政机关网站使用 .gov.cn 或 .政务 域名，事业单位网站使用 .cn 或 .公益 域名；管局对不符合的域名予以驳回。',
      fix: '政府机关请向上级主管部门申请 .gov.cn（或 .政务）域名；事业单位请注册 .cn 或 .公益 域名后再备案。',
    },
    en: {
      title: 'Government bodies and public institutions must use the prescribed domain suffixes',
      messages: {
        government: 'Government websites must use a .gov.cn or .政务 domain; "{domain}" does not.',
        institution: 'Public-institution websites must use a .cn or .公益 domain; "{domain}" does not.',
      },
      why: 'Under the Regulations on the Security of Internet Government Applications, Party and government bodies use .gov.cn or .政务 and public institutions use .cn or .公益; other domains are rejected.',
      fix: 'Government bodies apply for a .gov.cn (or .政务) domain through their superior body; public institutions register a .cn or .公益 domain and file that.',
    },
  },
  sources: ['K-管局', 'P09', 'P06'],
  reviewedAt: '2026-11-29',
  check(form) {
    const government = form.subject?.nature === 'government';
    return (form.websites ?? []).flatMap((site, i) =>
      (site.domains ?? []).flatMap((domain, j) => {
        const host = domain.trim().toLowerCase();
        if (!isDomainName(host)) return [];
        const suffix = publicSuffix(host);
        const tld = host.split('.').pop()!;
        const ok = government ? GOVERNMENT_SUFFIXES.includes(suffix) : INSTITUTION_TLDS.includes(tld);
        return ok
          ? []
          : [{ field: `websites[${i}].domains[${j}]`, message: government ? ('government' as const) : ('institution' as const), params: { domain } }];
      }),
    );
  },
});
