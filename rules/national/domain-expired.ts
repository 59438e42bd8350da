import { flatMap } from '../checks/arrays';
import { isIsoDate } from '../checks/dates';
import { defineRule } from '../engine/types';
import { isCancelFilingType } from '../model/vocabulary';

/**
 * MIIT's domain verification checks each domain's registration is still valid (K-准备: 有效期
 * is one of the five checks); an expired domain fails it and the order is returned (K-驳回:
 * 域名过期 → 域名核验不通过; K-错误 2.1: 您的域名显示已经到期 — renew, then provide the domain
 * certificate, or cancel the access if the domain is no longer used). This holds in every
 * province. How much time must be left on a domain that has not expired yet is a province
 * matter: provinces/shared/domain-expiry-three-months (error) and
 * domain-expiry-province-minimum (warning) judge only domains that are still valid today, so
 * an expired domain draws one finding, this one.
 */
export default defineRule({
  id: 'national/domain-expired',
  severity: 'error',
  family: 'domains',
  scope: {},
  reads: ['domainRecords[].expiresOn'],
  alsoReads: ['domainRecords[].domain'],
  texts: {
    'zh-CN': {
      title: '域名已过期',
      messages: {
        expired: '域名 {domain} 的注册有效期至 {date}，已经过期；工信部域名核验不会通过。',
      },
      why: '提交后工信部会核验每个域名的注册有效期，已过期的域名核验不通过，订单会被退回。',
      fix: '先在注册商处续费（建议续费1年以上），续费生效后更新域名证书再提交；不再使用的域名请从订单中删除，已备案的可申请取消接入或注销。',
    },
    en: {
      title: 'The domain has expired',
      messages: {
        expired: 'The domain {domain} was registered until {date} and has expired; it fails MIIT domain verification.',
      },
      why: "After submission MIIT checks each domain's registration is still valid; an expired domain fails the check and the order is returned.",
      fix: 'Renew the domain at the registrar first (a year or more is safest), update its certificate once the renewal has taken effect, then submit; take a domain no longer used out of the order, or cancel the access of one already filed.',
    },
  },
  sources: ['K-驳回', 'K-错误', 'K-准备'],
  reviewedAt: '2026-12-07',
  check(form, { today }) {
    if (isCancelFilingType(form.filingType)) return [];
    return flatMap(form.domainRecords ?? [], (record, i) => {
      const expires = record.expiresOn;
      if (!expires || !isIsoDate(expires) || expires > today) return [];
      return [{ field: `domainRecords[${i}].expiresOn`, message: 'expired' as const, params: { domain: record.domain, date: expires } }];
    });
  },
});
