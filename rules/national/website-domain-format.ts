import { flatMap } from '../checks/arrays';
import { hostOf, isDomainName } from '../checks/domain';
import { defineRule, type Issue } from '../engine/types';

/**
 * The domain step (基础信息校验, P42) takes a bare domain such as `huaweicloud.com`; a
 * pasted URL (scheme, path, port) or a mistyped name (spaces, underscores, an IME full
 * stop 。 instead of a dot) is refused there and again at domain verification. Chinese
 * (IDN) domains are accepted (P21).
 */
export default defineRule({
  id: 'national/website-domain-format',
  severity: 'error',
  family: 'domains',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '网站域名须是有效的域名',
      messages: {
        none: '未填写网站域名，每个网站至少需要一个域名。',
        empty: '这一行域名为空，请填写域名或删除该行。',
        withScheme: '“{domain}”带有协议、路径或端口，只填写域名本身：{host}。',
        invalid: '“{domain}”不是有效的域名，请检查拼写（只能包含字母、数字、中文和连字符，用英文句点分隔）。',
      },
      why: '备案系统只接受不带 http://、路径和端口的域名（例如 example.com），格式不对在基础信息校验时就无法通过，也无法完成域名核验。',
      fix: '从域名注册商控制台复制域名本身，去掉 http(s)://、www 之后的路径和端口；中文域名可直接填写。',
    },
    en: {
      title: 'Website domains must be valid domain names',
      messages: {
        none: 'No domain given; every website needs at least one domain.',
        empty: 'This domain row is empty; enter a domain or remove the row.',
        withScheme: '"{domain}" includes a scheme, path or port; enter the domain alone: {host}.',
        invalid: '"{domain}" is not a valid domain name; check the spelling (letters, digits, Chinese characters and hyphens, separated by full stops).',
      },
      why: 'The filing system takes the bare domain (e.g. example.com) without http://, path or port; anything else fails the basic check and domain verification.',
      fix: "Copy the domain itself from the registrar's console, without http(s)://, path or port; Chinese domains may be entered as they are.",
    },
  },
  sources: ['P42', 'P21', 'S7'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(form.websites ?? [], (site, i): Issue<'none' | 'empty' | 'withScheme' | 'invalid'>[] => {
      const domains = site.domains;
      if (!domains) return [];
      if (domains.length === 0) return [{ field: `websites[${i}].domains`, message: 'none' as const }];
      return flatMap(domains, (domain, j): Issue<'empty' | 'withScheme' | 'invalid'>[] => {
        const field = `websites[${i}].domains[${j}]`;
        if (domain.trim() === '') return [{ field, message: 'empty' as const }];
        if (isDomainName(domain)) return [];
        const host = hostOf(domain);
        if (host !== domain.trim().toLowerCase() && isDomainName(host)) return [{ field, message: 'withScheme' as const, params: { domain, host } }];
        return [{ field, message: 'invalid' as const, params: { domain } }];
      });
    });
  },
});
