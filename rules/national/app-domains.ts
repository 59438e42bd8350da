import { isDomainName, levelFromSuffix, registrableDomain } from '../checks/domain';
import { defineRule, type Issue } from '../engine/types';

const MAX_LEVEL = 4;

/**
 * APP域名 (P10, P34, P23, K-APP, R-kb): the domains the app reaches its back-end with; at least one; second- to
 * fourth-level names are accepted (huaweicloud.com, a.huaweicloud.com,
 * b.a.huaweicloud.com). A `www.` host is returned automatically by the 管局 system
 * (RB-04), so it is refused here even though websites use www freely. Levels count
 * from the public suffix, so example.com.cn is level 2.
 */
export default defineRule({
  id: 'national/app-domains',
  severity: 'error',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].domains'],
  texts: {
    'zh-CN': {
      title: 'APP域名须有效，不能是 www 开头，层级在二到四级之间',
      messages: {
        none: '未填写APP域名，请填写APP访问后端服务所用的域名。',
        invalid: '“{domain}”不是有效的域名；只填写域名本身，不带 http:// 和路径。',
        www: '“{domain}”以 www 开头，APP域名不能填写 www 形式，会被管局系统自动退回；请填写 {suggestion} 或APP实际使用的其他子域名。',
        tooDeep: '“{domain}”是{level}级域名，APP域名只接受二到四级域名。',
      },
      why: 'APP域名须填写APP实际访问的域名，支持二级到四级域名；填写 www 形式的域名会被管局系统自动退回。',
      fix: '填写APP接口实际使用的域名，如 example.com 或 api.example.com；去掉 www 前缀，层级过深的改用上一级域名。',
    },
    en: {
      title: 'App domains must be valid, without www, at level 2 to 4',
      messages: {
        none: 'No app domain given; enter the domain the app uses to reach its back-end.',
        invalid: '"{domain}" is not a valid domain; enter the domain alone, without http:// or a path.',
        www: '"{domain}" starts with www; app domains may not use the www form and are returned automatically by the MIIT system. Enter {suggestion} or another sub-domain the app really uses.',
        tooDeep: '"{domain}" is a level-{level} domain; app domains are accepted at levels 2 to 4 only.',
      },
      why: 'App domains are the domains the app really calls, accepted from second to fourth level; a www-form domain is returned automatically by the MIIT system.',
      fix: 'Enter the domain the app API uses, e.g. example.com or api.example.com; drop the www prefix, and use a shorter parent for over-deep names.',
    },
  },
  sources: ['P23', 'P10', 'P34', 'K-APP', 'R-kb'],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.apps ?? []).flatMap((app, i): Issue<'none' | 'invalid' | 'www' | 'tooDeep'>[] => {
      const domains = app.domains;
      if (!domains) return [];
      if (domains.length === 0) return [{ field: `apps[${i}].domains`, message: 'none' as const }];
      return domains.flatMap((domain, j): Issue<'invalid' | 'www' | 'tooDeep'>[] => {
        if (domain.trim() === '') return [];
        const field = `apps[${i}].domains[${j}]`;
        const host = domain.trim().toLowerCase();
        if (!isDomainName(host) || registrableDomain(host) === undefined) return [{ field, message: 'invalid' as const, params: { domain } }];
        if (host.startsWith('www.')) return [{ field, message: 'www' as const, params: { domain, suggestion: host.slice(4) } }];
        const level = levelFromSuffix(host);
        return level > MAX_LEVEL ? [{ field, message: 'tooDeep' as const, params: { domain, level } }] : [];
      });
    });
  },
});
