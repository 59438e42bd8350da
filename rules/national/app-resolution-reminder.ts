import { parseIp } from '../checks/ip';
import { defineRule } from '../engine/types';
import { serviceLabel } from './_services';

/**
 * After filing, MIIT and Huawei compare where the app's domains resolve with the IPs in
 * the filing; a domain pointing elsewhere (another provider, an overseas IP) draws the
 * rectification notice APP解析不一致 (P44; the app's IP field asks for every IP the domains resolve
 * to: P10, P34, P19, R-kb). Resolution cannot be checked offline, so this lists the app's domains and IPs
 * side by side for the user to compare. Formats are checked by national/app-domains
 * and national/app-ips.
 */
export default defineRule({
  id: 'national/app-resolution-reminder',
  severity: 'info',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].domains', 'apps[].ips'],
  alsoReads: ['apps[].name'],
  texts: {
    'zh-CN': {
      title: 'APP域名须解析到备案填写的IP',
      messages: {
        resolveToFiled: '{app}的域名 {domains} 须解析到所填IP {ips}；请确认没有解析到其他服务商或境外的IP，也没有漏填IP。',
      },
      why: '备案后会核查APP域名的实际解析；解析到备案IP以外的地址（其他服务商、境外服务器）会收到“APP解析不一致”整改通知。',
      fix: '在DNS服务商处核对每个域名的A/AAAA记录，确保都指向所填的IP（{providerPublicIp}）；新增或更换了服务器IP时，先提交变更备案更新IP。',
    },
    en: {
      title: 'App domains must resolve to the filed IPs',
      messages: {
        resolveToFiled:
          'The domains {domains} of {app} must resolve to the filed IPs {ips}; make sure none points to another provider or an overseas IP and that no IP is missing.',
      },
      why: "After filing, the app's domain resolution is checked; a domain resolving outside the filed IPs (another provider, a server abroad) draws an app-resolution-mismatch rectification notice.",
      fix: "Check each domain's A/AAAA records at the DNS provider and point them at the filed IPs (each a {providerPublicIp}); when server IPs change, update them with a change filing first.",
    },
  },
  sources: ['P44', 'P10', 'P34', 'R-kb', 'K-错误'],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.apps ?? []).flatMap((app, i) => {
      const domains = (app.domains ?? []).map((d) => d.trim()).filter((d) => d !== '');
      const ips = (app.ips ?? []).map((ip) => ip.trim()).filter((ip) => parseIp(ip) !== undefined);
      if (domains.length === 0 || ips.length === 0) return [];
      const list = (items: string[]) => ({ 'zh-CN': items.join('、'), en: items.join(', ') });
      const name = app.name?.trim();
      const label = serviceLabel('app', i);
      const appName = name ? { 'zh-CN': `${label['zh-CN']}“${name}”`, en: `${label.en} "${name}"` } : label;
      return [{ field: `apps[${i}].ips`, message: 'resolveToFiled' as const, params: { app: appName, domains: list(domains), ips: list(ips) } }];
    });
  },
});
