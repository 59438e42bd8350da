import { flatMap } from '../checks/arrays';
import { addMonths, isIsoDate } from '../checks/dates';
import { defineRule, type Issue } from '../engine/types';
import { people } from './_services';

/**
 * Identity documents must be valid for more than 3 months when the filing is submitted
 * (Huawei knowledge base: 证件不合格, "valid > 3 months"); an expired principal ID is
 * also a post-filing correction notice (主体负责人身份证已过期). Judged from ctx.today.
 * Messages do not quote the dates: they are part of the person's ID.
 */
export default defineRule({
  id: 'national/id-validity',
  severity: 'error',
  family: 'identity',
  scope: {},
  reads: ['subject.principal.idLongTerm'],
  alsoReads: [
    'apps[].principal.idLongTerm',
    'apps[].principal.idValidFrom',
    'apps[].principal.idValidTo',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.principal.idValidFrom',
    'subject.principal.idValidTo',
    'websites[].principal.idLongTerm',
    'websites[].principal.idValidFrom',
    'websites[].principal.idValidTo',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '负责人证件有效期须剩余3个月以上',
      messages: {
        expired: '{owner}的证件已过有效期，请使用有效证件。',
        expiresSoon: '{owner}的证件剩余有效期不足3个月，会被以“证件不合格”驳回。',
        endBeforeStart: '{owner}的证件有效期截止日期早于起始日期，请对照证件核对。',
        startsInFuture: '{owner}的证件有效期起始日期晚于今天，请对照证件核对。',
      },
      why: '华为云的备案说明要求上传的身份证件在有效期内且剩余有效期超过3个月；证件过期或即将过期会被驳回（证件不合格），备案后证件过期也会收到整改通知。',
      fix: '使用剩余有效期超过3个月的证件（必要时先换领新证），并按证件背面填写有效期；长期有效的证件勾选“长期”。',
    },
    en: {
      title: "The principal's ID must be valid for more than 3 more months",
      messages: {
        expired: "The {owner}'s ID has expired; use an ID that is still valid.",
        expiresSoon: "The {owner}'s ID expires within 3 months; it is rejected as an unacceptable certificate.",
        endBeforeStart: "The {owner}'s ID validity ends before it starts; check the dates against the card.",
        startsInFuture: "The {owner}'s ID validity starts after today; check the dates against the card.",
      },
      why: "Huawei Cloud's filing documentation requires ID documents to be valid with more than 3 months left; an expired or nearly expired ID is rejected, and an ID that expires after filing triggers a correction notice.",
      fix: 'Use an ID with more than 3 months of validity left (renew it first if needed) and copy the dates from the card; tick "long-term" for a long-term card.',
    },
  },
  citations: { 'zh-CN': ['华为云的备案说明'], en: ["Huawei Cloud's filing documentation"] },
  sources: ['K-驳回', 'K-错误', 'K-材料', 'P02'],
  reviewedAt: '2026-11-29',
  check(form, ctx) {
    const limit = addMonths(ctx.today, 3);
    return flatMap(people(form), ({ path, principal: person, owner }): Issue<'expired' | 'expiresSoon' | 'endBeforeStart' | 'startsInFuture'>[] => {
      const from = person.idValidFrom && isIsoDate(person.idValidFrom) ? person.idValidFrom : undefined;
      const to = person.idValidTo && isIsoDate(person.idValidTo) ? person.idValidTo : undefined;
      const params = { owner };
      if (from && from > ctx.today) return [{ field: `${path}.idValidFrom`, message: 'startsInFuture' as const, params }];
      if (person.idLongTerm === true || !to) return [];
      if (from && to < from) return [{ field: `${path}.idValidTo`, message: 'endBeforeStart' as const, params }];
      if (to < ctx.today) return [{ field: `${path}.idValidTo`, message: 'expired' as const, params }];
      if (to <= limit) return [{ field: `${path}.idValidTo`, message: 'expiresSoon' as const, params }];
      return [];
    });
  },
});
