import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES, RESOURCE_TYPE_PROVIDERS } from '../model/vocabulary';

/**
 * One filing authorisation code (备案授权码) files exactly one website or app
 * (K-条件: 一个授权码只能备案一个网站或App; K-准备: 每个授权码仅可备案一个网站/App; K-常见:
 * 一个备案授权码只能使用一次，不能重复使用). An order on one code with more services cannot be
 * filed as it is: each further service needs its own code or resource. Authorisation codes
 * are a resource type of the providers RESOURCE_TYPE_PROVIDERS names, hence the scope.
 */
export default defineRule({
  id: 'national/auth-code-one-service',
  severity: 'error',
  family: 'filing-type',
  scope: { providers: RESOURCE_TYPE_PROVIDERS, filingTypes: NEW_FILING_TYPES },
  reads: ['resource.type'],
  alsoReads: ['websites', 'apps'],
  texts: {
    'zh-CN': {
      title: '一个备案授权码只能备案一个网站或APP',
      messages: { tooMany: '本次订单使用备案授权码，却包含{count}个网站或APP；一个授权码只能备案一个。' },
      why: '备案授权码与一个网站或APP对应，一个授权码只能用于备案一个网站或APP。',
      fix: '本订单只保留一个网站或APP；其他网站或APP请各自使用单独的授权码或云服务器资源另行备案。',
    },
    en: {
      title: 'One filing authorisation code files one website or app',
      messages: { tooMany: 'This order uses a filing authorisation code but holds {count} websites or apps; one code files only one.' },
      why: 'A filing authorisation code belongs to one website or app; it can file only one.',
      fix: 'Keep one website or app in this order; file the others with their own authorisation codes or server resources.',
    },
  },
  sources: ['K-条件', 'K-准备', 'K-常见'],
  reviewedAt: '2026-12-07',
  check(form) {
    if (form.resource?.type !== 'auth-code') return [];
    const count = (form.websites?.length ?? 0) + (form.apps?.length ?? 0);
    return count > 1 ? [{ field: 'resource.type', message: 'tooMany' as const, params: { count } }] : [];
  },
});
