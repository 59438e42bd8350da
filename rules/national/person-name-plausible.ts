import { flatMap } from '../checks/arrays';
import { isLatinOnly, lettersAndDigits } from '../checks/text';
import { defineRule, type Bilingual, type Issue } from '../engine/types';
import { SUBJECT_OWNER } from './_identity';
import { people as principals } from './_services';

/** Words that name an organisation or a shop rather than a person. */
const ORGANISATION_WORDS = [
  '公司',
  '有限',
  '集团',
  '工作室',
  '商行',
  '商店',
  '门店',
  '店',
  '厂',
  '中心',
  '协会',
  '学校',
  '医院',
  '事务所',
  '合作社',
  '网络',
  '科技',
];

/**
 * For a personal filing the 主办单位名称 is the person's legal name (P05, P16, K-流程: exactly the name
 * on the certificate). That a name with digits, a Latin-only name on a resident ID card,
 * or an organisation word is not a real person's name is an inference, not a Huawei
 * statement — hence a warning. Principals are persons too and get the same checks.
 */
export default defineRule({
  id: 'national/person-name-plausible',
  severity: 'warning',
  family: 'identity',
  scope: {},
  reads: ['subject.name', 'subject.principal.name'],
  alsoReads: [
    'apps[].principal.idType',
    'apps[].principal.name',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.certType',
    'subject.principal.idType',
    'websites[].principal.idType',
    'websites[].principal.name',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '个人主办者和负责人姓名应为证件上的姓名',
      messages: {
        digits: '{owner}的姓名含有数字，应填写证件上的姓名。',
        latinOnly: '{owner}使用居民身份证，姓名却只有英文字母，应填写身份证上的中文姓名。',
        organisation: '{owner}的姓名含有“{word}”，看起来是单位或店铺名称。个人备案应填写本人姓名；以单位名义备案请选择对应的主办单位性质。',
      },
      why: '个人备案的主办单位名称必须与证件上的姓名完全一致，负责人姓名也须与其证件一致；填写昵称、店名或公司名会被驳回或要求整改“备案主体名称错误”。',
      fix: '按身份证件原件填写姓名；单位或个体工商户请按其证件以相应的主办单位性质备案。',
    },
    en: {
      title: 'Names of an individual subject and of principals must be the names on their IDs',
      messages: {
        digits: "The {owner}'s name contains digits; enter the name printed on the ID.",
        latinOnly: 'The {owner} uses a resident ID card but the name has Latin letters only; enter the Chinese name on the card.',
        organisation:
          'The {owner}\'s name contains "{word}", which looks like an organisation or shop name. A personal filing uses the person\'s own name; to file for an organisation choose its nature.',
      },
      why: "In a personal filing the subject name must equal the name on the ID document, and each principal's name must equal their own ID; nicknames, shop or company names are rejected or later flagged as a wrong subject name.",
      fix: 'Copy the name from the original ID; a company or sole proprietor files under the matching subject nature with its own certificate.',
    },
  },
  sources: ['P16', 'P05', 'K-流程'],
  reviewedAt: '2026-11-29',
  check(form) {
    const people: { field: string; name: string | undefined; idType: string | undefined; owner: Bilingual; subject: boolean }[] = [];
    const subject = form.subject;
    if (subject?.nature === 'individual') {
      people.push({ field: 'subject.name', name: subject.name, idType: subject.certType, owner: SUBJECT_OWNER, subject: true });
    }
    for (const { path, principal, owner } of principals(form)) {
      people.push({ field: `${path}.name`, name: principal.name, idType: principal.idType, owner, subject: false });
    }
    return flatMap(people, ({ field, name, idType, owner, subject: isSubject }): Issue<'digits' | 'latinOnly' | 'organisation'>[] => {
      if (!name) return [];
      if (/[0-9]/.test(lettersAndDigits(name))) return [{ field, message: 'digits' as const, params: { owner } }];
      if (idType === 'resident-id' && isLatinOnly(name)) return [{ field, message: 'latinOnly' as const, params: { owner } }];
      const word = isSubject ? ORGANISATION_WORDS.find((w) => name.includes(w)) : undefined;
      return word ? [{ field, message: 'organisation' as const, params: { owner, word } }] : [];
    });
  },
});
