import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';

/**
 * The IPs of a filing are public IPs of the filing provider's resources in mainland China:
 * Huawei Cloud's knowledge base repeats it as "IP须为华为云大陆节点公网IP（不限账号）" and refuses
 * private IPs (R-kb, R-rules); Alibaba Cloud lists the mainland regions whose resources and
 * IPs can be filed (ALI-ip), Tencent Cloud asks for a mainland server with a public IP
 * (TC-server). An IP of another provider, of a Hong Kong or overseas region, or of a
 * resource without a public IP sends the order back at the provider's first review.
 *
 * The form holds IPs but not whose they are (no IP-range table is bundled: the providers do
 * not publish theirs), so the side panel asks (declarations.ipsProviderMainland).
 * national/website-ip-range and national/app-ips check what the form can show: format,
 * public versus private.
 */
export default defineRule({
  id: 'national/filing-ip-provider-mainland',
  severity: 'error',
  family: 'domains',
  scope: { serviceKinds: ['website', 'app'], filingTypes: NEW_FILING_TYPES },
  reads: ['declarations.ipsProviderMainland'],
  alsoReads: ['websites[].ipRanges', 'apps[].ips'],
  texts: {
    'zh-CN': {
      title: '备案IP须是{provider}中国大陆资源的公网IP',
      messages: {
        notProviderMainland: '您表示本次备案的IP（{ips}）不都是{provider}中国大陆地域资源的公网IP；这样的订单在{provider}初审时会被退回。',
      },
      why: '备案接入的是{provider}中国大陆地域的云资源，所填IP须是{providerPublicIp}；其他云服务商的IP、中国大陆以外（含港澳台）地域的IP或内网IP都不能接入备案。',
      fix: '在{providerConsole}查看中国大陆地域资源绑定的公网IP并填写；资源在其他地域或其他云服务商的，先在{provider}中国大陆地域购买或迁移资源。',
    },
    en: {
      title: 'Filed IPs must be public IPs of {provider} mainland resources',
      messages: {
        notProviderMainland:
          'You said the IPs of this order ({ips}) are not all public IPs of {provider} resources in mainland China; {provider} returns such an order at its first review.',
      },
      why: 'A filing connects {provider} resources in mainland China regions, so each filed IP is a {providerPublicIp}; IPs of other providers, of regions outside the mainland (Hong Kong, Macao and Taiwan included) and private IPs cannot be filed.',
      fix: 'Look up the public IP bound to a mainland-region resource in the {providerConsole} and enter it; if the resource is in another region or at another provider, buy or move one into a {provider} mainland region first.',
    },
  },
  sources: ['R-kb', 'R-rules', 'P10', 'ALI-ip', 'TC-server'],
  reviewedAt: '2026-12-07',
  check(form) {
    if (form.declarations?.ipsProviderMainland !== false) return [];
    const ips = [
      ...(form.websites ?? []).flatMap((site) => (site.ipRanges ?? []).flatMap((range) => [range.start, range.end])),
      ...(form.apps ?? []).flatMap((app) => app.ips ?? []),
    ].filter((ip): ip is string => typeof ip === 'string' && ip.trim() !== '');
    if (ips.length === 0) return [];
    const unique = [...new Set(ips.map((ip) => ip.trim()))];
    return [
      {
        field: 'declarations.ipsProviderMainland',
        message: 'notProviderMainland' as const,
        params: { ips: { 'zh-CN': unique.join('、'), en: unique.join(', ') } },
      },
    ];
  },
});
