import { samePhone } from '../../checks/phone';
import { defineRule, type Bilingual, type Issue, type SourceRef } from '../../engine/types';
import type { Principal } from '../../model/filing-form';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provincesOf, tableSources } from '../_site';

/**
 * Contact numbers of different responsible persons must not be reused or swapped:
 * - 河北 (Huawei KB, 2025-12-31): when the 互联网信息服务负责人 is another person, their
 *   mobile must differ from the 主体负责人's, and no emergency number may repeat any
 *   responsible person's number.
 * - 福建 (Alibaba Cloud, 2023): the responsible persons' mobile and emergency numbers may
 *   not be swapped between them.
 * - 天津 (UCloud 2024-04-01, JD): a unit's emergency number is a third employee's mobile.
 * National rules cover one person's own numbers (national/emergency-phone-differs) and
 * two people sharing a mobile (national/contacts-one-per-person); this rule adds the
 * emergency number that repeats another responsible person's mobile.
 */
export const PROVINCES = {
  HE: [PROVINCE_SOURCES.HE.HW],
  FJ: [PROVINCE_SOURCES.FJ.AL],
  TJ: [PROVINCE_SOURCES.TJ.UC, PROVINCE_SOURCES.TJ.JD],
} satisfies Partial<Record<ProvinceCode, SourceRef[]>>;

interface Person {
  readonly path: string;
  readonly owner: Bilingual;
  readonly person: Principal;
}

export default defineRule({
  id: 'provinces/shared/emergency-not-another-principal',
  severity: 'error',
  family: 'contacts',
  scope: { provinces: provincesOf(PROVINCES), serviceKinds: ['website'] },
  reads: ['subject.principal.mobile', 'websites[].principal'],
  alsoReads: ['subject.principal.emergencyPhone', 'subject.principal.name'],
  texts: {
    'zh-CN': {
      title: '应急联系电话不能使用其他负责人的号码',
      messages: {
        emergencyRepeats: '{owner}的应急联系电话与{other}的手机号码相同；本省不允许应急联系电话重复使用其他负责人的号码。',
      },
      why: '该省管局会分别致电各负责人和应急联系人核实，号码重复或互换会被认为联系信息不真实而驳回。',
      fix: '为每位负责人填写本人的手机号码，应急联系电话填写负责人以外的第三人（如家属或另一名同事）的号码。',
    },
    en: {
      title: "The emergency number must not be another responsible person's",
      messages: {
        emergencyRepeats:
          "The {owner}'s emergency number is the {other}'s mobile; this province does not allow an emergency number to reuse another responsible person's number.",
      },
      why: 'The administration calls each responsible person and emergency contact; repeated or swapped numbers are treated as untrue contact data and rejected.',
      fix: "Give each responsible person their own mobile, and as emergency number a third person's (a relative or another colleague).",
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const subject = form.subject?.principal;
    if (!subject) return [];
    const people: Person[] = [
      { path: 'subject.principal', owner: { 'zh-CN': '主体负责人', en: 'subject principal' }, person: subject },
      ...(form.websites ?? []).flatMap((w, i): Person[] =>
        w.principal && w.principal.sameAsSubjectPrincipal !== true
          ? [{ path: `websites[${i}].principal`, owner: { 'zh-CN': `网站${i + 1}的负责人`, en: `principal of website ${i + 1}` }, person: w.principal }]
          : [],
      ),
    ];
    const issues: Issue<'emergencyRepeats'>[] = [];
    for (const a of people) {
      const other = people.find(
        (b) => b !== a && b.person.name !== a.person.name && b.person.mobile && a.person.emergencyPhone && samePhone(b.person.mobile, a.person.emergencyPhone),
      );
      if (other) issues.push({ field: `${a.path}.emergencyPhone`, message: 'emergencyRepeats', params: { owner: a.owner, other: other.owner } });
    }
    return issues;
  },
});
