import { isPublicIp, parseIp } from '../checks/ip';
import { defineRule, type Issue } from '../engine/types';

/**
 * IP和域名信息 (P10, P34, P19, R-kb): every IP the app domains resolve to, IPv4 or IPv6, each a public
 * address of a Huawei mainland resource; a local server cannot be filed at Huawei. An
 * IP the domains do not resolve to draws APP解析不一致 after filing (not checkable here).
 */
export default defineRule({
  id: 'national/app-ips',
  severity: 'error',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].ips'],
  texts: {
    'zh-CN': {
      title: 'APP的IP须是有效的公网IP',
      messages: {
        none: '未填写IP，请填写APP域名解析到的IP（须是{providerPublicIp}）。',
        invalid: '“{ip}”不是有效的IPv4或IPv6地址。',
        notPublic: '“{ip}”是内网、回环或保留地址，请填写域名实际解析到的公网IP。',
      },
      why: 'APP备案须填写域名解析到的所有IP，且须是{providerPublicIp}；格式错误或内网地址无法提交，解析与备案不一致会收到整改通知。',
      fix: '在{providerConsole}中复制服务器的公网IP（IPv4 如 121.36.1.20，IPv6 如 2407:c080::1），逐个填写。',
    },
    en: {
      title: 'App IPs must be valid public addresses',
      messages: {
        none: 'No IP given; enter the IPs the app domains resolve to (each a {providerPublicIp}).',
        invalid: '"{ip}" is not a valid IPv4 or IPv6 address.',
        notPublic: '"{ip}" is a private, loopback or reserved address; enter the public IP the domain resolves to.',
      },
      why: 'An app filing lists every IP its domains resolve to, each a {providerPublicIp}; malformed or private addresses cannot be submitted, and a resolution mismatch draws a rectification notice.',
      fix: "Copy the server's public IP from the {providerConsole} (IPv4 like 121.36.1.20, IPv6 like 2407:c080::1) and enter each one.",
    },
  },
  sources: ['P10', 'P34', 'P19', 'R-kb'],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.apps ?? []).flatMap((app, i): Issue<'none' | 'invalid' | 'notPublic'>[] => {
      const ips = app.ips;
      if (!ips) return [];
      if (ips.length === 0) return [{ field: `apps[${i}].ips`, message: 'none' as const }];
      return ips.flatMap((value, j): Issue<'invalid' | 'notPublic'>[] => {
        const ip = value.trim();
        if (ip === '') return [];
        const parsed = parseIp(ip);
        const field = `apps[${i}].ips[${j}]`;
        if (!parsed) return [{ field, message: 'invalid' as const, params: { ip } }];
        return isPublicIp(parsed) ? [] : [{ field, message: 'notPublic' as const, params: { ip } }];
      });
    });
  },
});
