import { defineRule } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { samePerson } from '../shared/_people';

/**
 * 天津: JD (c. 2023) and QC say the 网站负责人 must not be the same person as the 法人 /
 * 主体负责人 — unusual, and UC 2024-04-01 instead asks for a letter when the website principal is
 * *not* the 法人 (so the same person is fine there). Only older sources state it: advice.
 */
export default defineRule({
  id: 'provinces/tj/service-principal-not-legal-rep',
  severity: 'info',
  family: 'principal',
  scope: { provinces: ['TJ'], natures: UNIT_NATURES, serviceKinds: ['website'] },
  reads: ['websites[].principal'],
  alsoReads: ['apps[].principal', 'subject.principal'],
  texts: {
    'zh-CN': {
      title: '天津：较早资料要求网站负责人与主体负责人不是同一人',
      messages: {
        olderSourcesWantDifferent:
          '网站{n}的负责人与主体负责人是同一人。京东云、青云的天津资料曾要求两者不同；UCloud 2024年资料无此要求。如被退回，可改由另一名员工担任网站负责人。',
      },
      why: '京东云和青云的天津规则要求网站负责人不能是法定代表人或主体负责人；较新的UCloud资料没有这条，实际执行不确定。',
      fix: '通常无需修改；若审核要求，换一名员工担任网站负责人，并上传网站负责人授权书。',
    },
    en: {
      title: 'Tianjin: older sources want different subject and website principals',
      messages: {
        olderSourcesWantDifferent:
          'Website {n} has the subject principal as its principal. JD Cloud and QingCloud said Tianjin wants two different people; UCloud (2024) does not. If it is returned, name another employee as website principal.',
      },
      why: 'JD Cloud’s and QingCloud’s Tianjin rules bar the legal representative or subject principal from being the website principal; the newer UCloud page has no such rule, so practice is uncertain.',
      fix: 'Usually nothing to change; if the reviewer asks, name another employee as website principal and upload the authorisation letter.',
    },
  },
  sources: [P.TJ.JD, P.TJ.QC, P.TJ.UC],
  reviewedAt: '2026-11-29',
  check: (form) =>
    (form.websites ?? []).flatMap((w, i) =>
      w.principal && (w.principal.sameAsSubjectPrincipal === true || samePerson(w.principal, form.subject?.principal) === true)
        ? [{ field: `websites[${i}].principal`, message: 'olderSourcesWantDifferent' as const, params: { n: i + 1 } }]
        : [],
    ),
});
