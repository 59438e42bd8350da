import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';
import { services } from './_services';

/**
 * MIIT's domain verification checks that the registrar of every filed domain holds MIIT's
 * approval (K-准备: 注册服务机构资质 is one of the five checks); a domain registered abroad or at
 * an unapproved registrar fails it and the order is returned (K-驳回: 注册商未批复; K-错误:
 * 域名对应注册商未获得工信部批复，注册商为境外未获得工信部批复的注册商; K-域名: 国外注册的域名
 * 不可以备案 — buy again or transfer to an approved domestic registrar). The approved registrars
 * are listed at https://domain.miit.gov.cn/. R-rules and R-kb say where a domain was bought
 * does not matter; read with the pages above, that is about which provider or account, not
 * about a foreign registrar.
 *
 * The form holds no registrar, so the side panel asks (declarations.registrarApproved); the
 * rule waits for the answer on every order that brings websites or apps to the 管局.
 */
export default defineRule({
  id: 'national/domain-registrar-approved',
  severity: 'error',
  family: 'domains',
  scope: { serviceKinds: ['website', 'app'], filingTypes: NEW_FILING_TYPES },
  reads: ['declarations.registrarApproved'],
  alsoReads: ['websites[].domains', 'apps[].domains'],
  texts: {
    'zh-CN': {
      title: '域名须在工信部批复的境内注册商处注册',
      messages: {
        notApproved: '您表示本次备案的域名（{domains}）不是在工信部批复的注册商处注册的；这样的域名通不过工信部域名核验，订单会被退回。',
      },
      why: '提交后工信部会核验每个域名的注册商是否获得批复；在境外或未获批复的注册商处注册的域名不能备案。',
      fix: '将域名转入工信部已批复的境内注册商（可在 https://domain.miit.gov.cn/ 查询批复名单），在新注册商处完成实名认证后再提交；也可以在批复的注册商处另购域名。',
    },
    en: {
      title: 'Domains must be registered at a domestic registrar approved by MIIT',
      messages: {
        notApproved:
          'You said the domains of this order ({domains}) are not registered at an MIIT-approved registrar; such domains fail MIIT domain verification and the order is returned.',
      },
      why: 'After submission MIIT checks that each domain’s registrar is approved; a domain registered abroad or at an unapproved registrar cannot be filed.',
      fix: 'Transfer the domain to an MIIT-approved domestic registrar (the approved list is at https://domain.miit.gov.cn/), complete its real-name verification there, then submit; or buy a domain at an approved registrar.',
    },
  },
  sources: ['K-驳回', 'K-域名', 'K-错误', 'K-准备'],
  reviewedAt: '2026-12-07',
  check(form) {
    if (form.declarations?.registrarApproved !== false) return [];
    const domains = services(form).flatMap((s) => (s?.domains ?? []).filter((d) => typeof d === 'string' && d.trim() !== ''));
    if (domains.length === 0) return [];
    const unique = [...new Set(domains)];
    return [
      { field: 'declarations.registrarApproved', message: 'notApproved' as const, params: { domains: { 'zh-CN': unique.join('、'), en: unique.join(', ') } } },
    ];
  },
});
