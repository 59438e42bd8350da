import { defineRule, type Issue } from '../engine/types';
import { hostOf, isDomainName, registrableDomain } from '../checks/domain';
import { compact } from '../checks/text';
import { domainWord } from './_services';
import { namedWebsites } from './_site-names';

/**
 * A personal site name may be neither the domain nor a person's name (Huawei P18, P45, K-驳回;
 * Tencent). Checkable from the form: the name equals one of the site's domains (with or
 * without www, or just its label left of the suffix, "zhangsan-notes"), or is written
 * like a domain at all; or it equals the filer's own name. Other people's names cannot
 * be told from ordinary words, so they are not checked.
 */
function domainForms(domain: string): string[] {
  const host = hostOf(domain);
  if (!host) return [];
  const registrable = registrableDomain(host) ?? host;
  return [host, registrable, `www.${registrable}`, domainWord(host)].filter((v) => v.length > 0);
}

export default defineRule({
  id: 'national/personal-site-name-not-domain-or-own-name',
  severity: 'error',
  family: 'names',
  scope: { natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].name', 'websites[].domains', 'subject.name'],
  alsoReads: ['subject.principal.name'],
  texts: {
    'zh-CN': {
      title: '个人网站名称不能是域名或本人姓名',
      messages: {
        isDomain: '网站名称“{name}”就是域名，网站名称需要能反映网站内容。',
        isOwnName: '网站名称与主办者本人的姓名相同，网站名称需要能反映网站内容。',
      },
      why: '个人网站名称不能直接使用域名或人名，否则会以“网站名称不符合要求”被驳回。',
      fix: '用能概括网站内容的名称，可以带上姓名，例如“张三的技术笔记”“李四的旅行摄影”。',
    },
    en: {
      title: 'A personal website name may be neither the domain nor the owner’s name',
      messages: {
        isDomain: 'The website name "{name}" is the domain; the name must reflect the content.',
        isOwnName: 'The website name is the filer’s own name; the name must reflect the content.',
      },
      why: 'Personal site names that are just a domain or a person’s name are rejected as "网站名称不符合要求".',
      fix: 'Use a name that sums up the content; it may include your name, e.g. "张三的技术笔记" or "李四的旅行摄影".',
    },
  },
  sources: ['P18', 'P45', 'TC-naming'],
  reviewedAt: '2026-11-29',
  check(form) {
    const ownNames = [form.subject?.name, form.subject?.principal?.name].filter((n): n is string => Boolean(n)).map(compact);
    return namedWebsites(form).flatMap((site): Issue<'isDomain' | 'isOwnName'>[] => {
      const name = compact(site.name);
      const domains = (site.website.domains ?? []).flatMap(domainForms);
      if (domains.includes(name) || isDomainName(name)) return [{ field: site.field, message: 'isDomain' as const, params: { name: site.name } }];
      if (ownNames.includes(name)) return [{ field: site.field, message: 'isOwnName' as const }];
      return [];
    });
  },
});
