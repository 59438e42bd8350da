import { GOVERNMENT_SUFFIXES, isDomainName, publicSuffix } from '../checks/domain';
import { defineRule } from '../engine/types';

/**
 * .gov.cn (and the Chinese .政务) are registered only through the establishment offices and
 * CONAC, for government bodies (机关法人) and a few bodies exercising administrative functions
 * (TC-gov-domain). An enterprise or a person cannot be the holder of such a domain, and the
 * MIIT requires the domain a site uses to be held by the filing subject (MIIT-domain-notice):
 * the domain check fails. Scoped to natures that never exercise administrative functions; the
 * public institutions, social and mass organisations that may are left out.
 */
export default defineRule({
  id: 'national/gov-domain-government-only',
  severity: 'error',
  family: 'domains',
  scope: {
    natures: [
      'enterprise',
      'individual',
      'private-non-enterprise',
      'foundation',
      'law-firm',
      'foreign-cultural-centre',
      'overseas-organisation',
      'collective-economy',
    ],
    serviceKinds: ['website'],
  },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '.gov.cn 和 .政务 域名只能由政府机关备案',
      messages: {
        governmentDomain: '“{domain}”是政府机关专用的 .gov.cn 或 .政务 域名，企业、个人等主办单位不能持有，也不能用它备案。',
      },
      why: '.gov.cn 和 .政务 域名须经机构编制部门和政务和公益机构域名注册管理中心审核，只注册给党政机关（机关法人）等政务机构；工信部要求备案网站使用的域名由主办单位本人或本单位持有，企业、个人填写这类域名无法通过域名核验。',
      fix: '改用本单位（或本人）注册并完成实名认证的域名备案；若网站确为政府机关所办，应由该机关作为主办单位备案。',
    },
    en: {
      title: '.gov.cn and .政务 domains can be filed only by government bodies',
      messages: {
        governmentDomain:
          '"{domain}" is a .gov.cn or .政务 domain, reserved for government bodies; an enterprise, a person or a similar subject cannot hold it or file it.',
      },
      why: '.gov.cn and .政务 domains are registered only after review by the establishment offices and CONAC, to Party and government bodies (机关法人) and similar public bodies. The MIIT requires a filed site to use a domain held by the filing subject, so an enterprise or a person entering such a domain fails the domain check.',
      fix: "File a domain registered and real-name verified in the subject's own name; if the site is really run by a government body, that body files it as the subject.",
    },
  },
  sources: ['TC-gov-domain', 'MIIT-domain-notice', 'K-管局'],
  reviewedAt: '2026-12-07',
  check(form) {
    return (form.websites ?? []).flatMap((site, i) =>
      (site.domains ?? []).flatMap((domain, j) => {
        const host = domain.trim().toLowerCase();
        if (!isDomainName(host) || !GOVERNMENT_SUFFIXES.includes(publicSuffix(host))) return [];
        return [{ field: `websites[${i}].domains[${j}]`, message: 'governmentDomain' as const, params: { domain } }];
      }),
    );
  },
});
