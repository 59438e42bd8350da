import { flatMap } from '../checks/arrays';
import { isPublicIp, parseIp } from '../checks/ip';
import { defineRule, type Issue } from '../engine/types';

type Message = 'none' | 'missingStart' | 'missingEnd' | 'invalidStart' | 'invalidEnd' | 'mixedVersions' | 'reversed' | 'notPublic';

/**
 * IP地址段 (I-01): the public EIP of a Huawei mainland resource, IPv4 or IPv6; a single
 * address goes in both 起始 and 终止. A private or loopback address is the server's
 * inner address, never the one the domain resolves to; the console refuses malformed
 * or reversed ranges.
 */
export default defineRule({
  id: 'national/website-ip-range',
  severity: 'error',
  family: 'domains',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].ipRanges'],
  texts: {
    'zh-CN': {
      title: 'IP地址段须是有效的公网IP',
      messages: {
        none: '未填写IP地址段，请填写网站所用服务器的公网IP（须是{providerPublicIp}）。',
        missingStart: '起始IP为空；单个IP请在起始和终止中填写同一个地址。',
        missingEnd: '终止IP为空；单个IP请在起始和终止中填写同一个地址。',
        invalidStart: '起始IP“{ip}”不是有效的IPv4或IPv6地址。',
        invalidEnd: '终止IP“{ip}”不是有效的IPv4或IPv6地址。',
        mixedVersions: '起始IP与终止IP一个是IPv4、一个是IPv6，同一地址段须为同一类型。',
        reversed: '起始IP大于终止IP，请交换两者或改正。',
        notPublic: '“{ip}”是内网、回环或保留地址，请填写服务器的公网IP（弹性公网IP）。',
      },
      why: '备案的IP须是{providerPublicIp}；单个IP的起始和终止相同。格式不对、内网地址或起止颠倒的地址段无法提交。',
      fix: '在{providerConsole}中复制公网IP，单个IP在起始和终止中填写同一个值。',
    },
    en: {
      title: 'IP ranges must be valid public addresses',
      messages: {
        none: 'No IP range given; enter the public IP of the server that hosts the website (a {providerPublicIp}).',
        missingStart: 'The start IP is empty; for a single IP enter the same address as start and end.',
        missingEnd: 'The end IP is empty; for a single IP enter the same address as start and end.',
        invalidStart: 'The start IP "{ip}" is not a valid IPv4 or IPv6 address.',
        invalidEnd: 'The end IP "{ip}" is not a valid IPv4 or IPv6 address.',
        mixedVersions: 'One end of the range is IPv4 and the other IPv6; a range must use one version.',
        reversed: 'The start IP is greater than the end IP; swap or correct them.',
        notPublic: '"{ip}" is a private, loopback or reserved address; enter the server\'s public IP (EIP).',
      },
      why: 'The filed IP must be a {providerPublicIp}; a single IP has equal start and end. Malformed, private or reversed ranges cannot be submitted.',
      fix: 'Copy the public IP from the {providerConsole}; for a single IP enter it as both start and end.',
    },
  },
  sources: ['S6', 'P34', 'R-kb', 'K-常见'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(form.websites ?? [], (site, i): Issue<Message>[] => {
      const ranges = site.ipRanges;
      if (!ranges) return [];
      if (ranges.length === 0) return [{ field: `websites[${i}].ipRanges`, message: 'none' as const }];
      return flatMap(ranges, (range, j): Issue<Message>[] => {
        const at = `websites[${i}].ipRanges[${j}]`;
        const out: Issue<Message>[] = [];
        const start = range.start?.trim();
        const end = range.end?.trim();
        if (start === '') out.push({ field: `${at}.start`, message: 'missingStart' as const });
        if (end === '') out.push({ field: `${at}.end`, message: 'missingEnd' as const });
        const from = start ? parseIp(start) : undefined;
        const to = end ? parseIp(end) : undefined;
        if (start && !from) out.push({ field: `${at}.start`, message: 'invalidStart' as const, params: { ip: start } });
        if (end && !to) out.push({ field: `${at}.end`, message: 'invalidEnd' as const, params: { ip: end } });
        // One report per range for a non-public address: on the start, else on the end.
        if (from && !isPublicIp(from)) out.push({ field: `${at}.start`, message: 'notPublic' as const, params: { ip: start! } });
        else if (to && !isPublicIp(to)) out.push({ field: `${at}.end`, message: 'notPublic' as const, params: { ip: end! } });
        if (from && to) {
          if (from.version !== to.version) out.push({ field: `${at}.end`, message: 'mixedVersions' as const });
          else if (from.value > to.value) out.push({ field: `${at}.end`, message: 'reversed' as const });
        }
        return out;
      });
    });
  },
});
