import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';
import { orderDomains } from '../provinces/_site';

/**
 * Huawei Cloud's filing knowledge base says that new filings and change filings alike carry
 * the registration certificate (域名证书) of the filed domains (K-材料, repeated in K-驳回 and
 * K-流程), while its help pages list the certificate as "视管局要求", asked for by some 管局
 * only (P12). Where the two disagree the rule is a warning citing both: the certificate costs
 * a download from the registrar's console, a missing one costs a return. Provinces that ask
 * for it without doubt have their own rule (provinces/shared/domain-certificate-every-domain);
 * the checklist merges the two needs per domain.
 */
export default defineRule({
  id: 'national/domain-certificate-on-order',
  severity: 'warning',
  family: 'materials',
  scope: { providers: ['huawei'], serviceKinds: ['website'], filingTypes: [...NEW_FILING_TYPES, 'change-service', 'change-filing'] },
  reads: ['websites[].domains'],
  texts: {
    'zh-CN': {
      title: '新增和变更备案订单均需域名证书',
      messages: { certificate: '请准备域名 {domain} 的域名证书（在域名注册商控制台下载），持有者须与主办者一致。' },
      why: '{provider}备案知识库写明新增备案、变更备案订单都需提交域名证书；帮助中心则写作“视管局要求”。两者不一致时按更严的准备，可免被退回补交。',
      fix: '在域名注册商控制台下载每个备案域名的域名证书，核对持有者与主办者名称一致、域名未过期，在上传资料步骤上传。',
    },
    en: {
      title: 'New and change orders carry the domain certificates',
      messages: {
        certificate: "Prepare the registration certificate of {domain} (download it from the registrar's console); its holder must be the filing subject.",
      },
      why: '{provider}\'s filing knowledge base says new and change orders both carry the domain certificates; its help centre says "as the administration asks". Where the two differ, preparing the certificate avoids a return for a missing one.',
      fix: "Download each filed domain's certificate from the registrar's console, check that the holder is the filing subject and the domain has not expired, and upload it at the materials step.",
    },
  },
  sources: ['K-材料', 'K-驳回', 'K-流程', 'P12'],
  reviewedAt: '2026-12-07',
  check(form) {
    return orderDomains(form).map((d) => ({ material: 'domain-certificate', for: d.field, message: 'certificate' as const, params: { domain: d.domain } }));
  },
});
