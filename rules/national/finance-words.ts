import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { hostOf } from '../checks/domain';
import { findPreApprovalKeywords } from '../checks/pre-approval-keywords';
import { domainWord } from './_services';

/**
 * Finance words in a website name or in a domain's registered label, left of its suffix (投资,
 * 理财, 基金 …; in domains also their pinyin or English) need the finance pre-approval
 * at filing (Huawei: P03, S11, P17). Huawei adds that a unit whose name or business
 * scope merely sounds financial must change it, and that sites found doing finance
 * without approval are cancelled. The word list is the shared table's (partly inferred),
 * so this is a warning. Punycode domains (xn--) are not decoded; type the Chinese form.
 */
const FINANCE = { categories: ['finance'] } as const;
const finance = (text: string) => findPreApprovalKeywords(text, FINANCE);

export default defineRule({
  id: 'national/finance-words',
  severity: 'warning',
  family: 'pre-approval',
  scope: { serviceKinds: ['website'] },
  reads: ['websites[].name', 'websites[].domains', 'websites[].preApprovals'],
  texts: {
    'zh-CN': {
      title: '网站名称或域名含金融类词语时需金融前置审批',
      messages: {
        financeWordInName: '网站名称“{name}”含有金融类词语“{word}”，需要金融类前置审批。',
        financeWordInDomain: '域名“{domain}”含有金融类词语“{word}”，需要金融类前置审批。',
      },
      why: '网站名称或域名前缀出现投资、理财、基金、贷款、支付、保险、证券等金融词语的，备案时需提供金融监管部门的前置审批；与金融无关却使用此类名称的，无法备案，已备案的网站被抽查发现违规开展金融业务会被注销。',
      fix: '若网站不涉及金融业务，请更换不含金融词语的网站名称或域名（单位名称或经营范围看似金融的，需先变更）；若确实开展金融业务，请先取得金融监管部门的审批，再勾选“互联网金融”前置审批并上传文件。部分省份另需签署不涉及金融业务的承诺书。',
    },
    en: {
      title: 'Finance words in the website name or domain need the finance pre-approval',
      messages: {
        financeWordInName: 'The website name "{name}" contains the finance word "{word}"; a finance pre-approval is needed.',
        financeWordInDomain: 'The domain "{domain}" contains the finance word "{word}"; a finance pre-approval is needed.',
      },
      why: 'Site names or domain prefixes with finance words (投资 investment, 理财 wealth management, 基金 fund, loans, payment, insurance, securities) need the financial regulator’s pre-approval at filing; without a finance business they cannot be filed, and filed sites found doing finance illegally are cancelled.',
      fix: 'If the site does no finance business, choose a name or domain without finance words (a unit whose own name or business scope sounds financial must change that first); if it does, obtain the regulator’s approval first, then tick the 互联网金融 pre-approval and upload it. Some provinces also ask for a signed pledge of no finance business.',
    },
  },
  sources: ['P03', 'S11', 'UC-pre-approval', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(form.websites ?? [], (website, i) => {
      if ((website.preApprovals ?? []).some((p) => p.category === 'finance')) return [];
      const name = website.name ?? '';
      return [
        ...finance(name).map((m) => ({ field: `websites[${i}].name`, message: 'financeWordInName' as const, params: { name, word: m.word } })),
        ...flatMap(website.domains ?? [], (domain, j) =>
          finance(domainWord(domain)).map((m) => ({
            field: `websites[${i}].domains[${j}]`,
            message: 'financeWordInDomain' as const,
            params: { domain: hostOf(domain), word: m.word },
          })),
        ),
      ];
    });
  },
});
