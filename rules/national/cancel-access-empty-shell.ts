import { defineRule } from '../engine/types';

/**
 * 取消接入 removes Huawei Cloud as access provider and nothing else (P41, R-rules). When no
 * other provider still serves the filing, the website is left without access — an empty
 * (空壳) filing that the 管局 cleans up by cancelling it (P45, K-注销); the subject
 * may then be refused on its next filing as 主体已注销 (P02, P21). Moving to another provider
 * means filing access there first (新增接入), then cancelling access here.
 */
export default defineRule({
  id: 'national/cancel-access-empty-shell',
  severity: 'warning',
  family: 'filing-type',
  scope: { filingTypes: ['cancel-access'] },
  reads: ['filed.otherAccessProviders'],
  texts: {
    'zh-CN': {
      title: '取消接入后无其他接入商，备案将成为空壳并被管局注销',
      messages: {
        emptyShell: '该备案没有其他接入商；取消{provider}接入后将成为空壳备案，管局会将其注销。',
      },
      why: '取消接入只解除{provider}的接入关系；若没有其他接入商继续接入，网站成为空壳网站，管局会清理注销；主体下全部网站被注销后再次备案可能以“主体已注销”被驳回。',
      fix: '若要迁到其他云服务商，请先在新服务商完成“新增接入”，再在{provider}取消接入；若网站确已停用，可直接注销互联网信息服务。',
    },
    en: {
      title: 'With no other access provider, cancelling access leaves an empty filing that the regulator cancels',
      messages: {
        emptyShell: 'No other provider serves this filing; once {provider} access is cancelled it becomes an empty filing and the regulator will cancel it.',
      },
      why: 'Cancelling access only ends {provider}’s access; with no other provider the website becomes an empty (空壳) filing, which the regulator cleans up by cancelling it, and a later filing may be rejected as a cancelled subject.',
      fix: 'To move to another cloud, file access there first (add access), then cancel access at {provider}; if the website is out of use, cancel the website instead.',
    },
  },
  sources: ['P41', 'P29', 'P45', 'P02', 'K-注销', 'R-rules'],
  reviewedAt: '2026-11-29',
  check(form) {
    return form.filed?.otherAccessProviders === 0 ? [{ field: 'filingType', message: 'emptyShell' as const }] : [];
  },
});
