import { flatMap } from '../checks/arrays';
import { addDays, addMonths, ageOn, isIsoDate } from '../checks/dates';
import { parseIdNumber } from '../checks/id-card';
import { memoByText } from '../checks/memo';
import { defineRule, type Issue } from '../engine/types';
import { idKey } from './_identity';
import { people } from './_services';

/** Validity periods of a resident ID card in years (居民身份证法 第五条): under 16, 16–25, 26–45. */
const PERIODS = [5, 10, 20] as const;

/** The card's end date for a start date and a period: same month and day; a 29 February start may be printed either side. */
function endDates(from: string, years: number): string[] {
  const end = addMonths(from, years * 12);
  return from.endsWith('-02-29') ? [end, addDays(end, 1)] : [end];
}

/** Every end date of a card valid 5, 10 or 20 years from `from` (remembered by text: the dates rarely change between runs). */
const periodEnds = memoByText((from: string) => PERIODS.flatMap((years) => endDates(from, years)));

/**
 * A resident ID card is valid 5, 10 or 20 years from its start date, or long-term for
 * holders aged 46 or more (居民身份证法 第五条, quoted by a third party — hence a
 * warning). Other periods, or a long-term card of a younger holder, mean a date was
 * mistyped or 长期 ticked by mistake; the reviewer compares them with the uploaded card.
 */
export default defineRule({
  id: 'national/resident-id-validity-period',
  severity: 'warning',
  family: 'identity',
  scope: {},
  reads: ['subject.principal.idType', 'subject.principal.idValidFrom'],
  alsoReads: [
    'apps[].principal.idLongTerm',
    'apps[].principal.idNumber',
    'apps[].principal.idType',
    'apps[].principal.idValidFrom',
    'apps[].principal.idValidTo',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.principal.idLongTerm',
    'subject.principal.idNumber',
    'subject.principal.idValidTo',
    'websites[].principal.idLongTerm',
    'websites[].principal.idNumber',
    'websites[].principal.idType',
    'websites[].principal.idValidFrom',
    'websites[].principal.idValidTo',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '居民身份证有效期应为5年、10年、20年或长期',
      messages: {
        unusualPeriod: '{owner}的居民身份证有效期起止相差不是5年、10年或20年，请对照证件背面核对日期。',
        longTermTooYoung: '{owner}勾选了“长期有效”，但按证件号码中的出生日期，签发时未满46周岁，居民身份证不会是长期有效；请核对。',
      },
      why: '居民身份证有效期按签发时年龄为5年、10年、20年，46周岁以上为长期；填写与证件不符的有效期，会因信息与上传证件不一致被驳回。',
      fix: '按身份证背面“有效期限”逐字填写起止日期；只有证件上印有“长期”时才勾选长期有效。',
    },
    en: {
      title: 'A resident ID card is valid for 5, 10 or 20 years, or long-term',
      messages: {
        unusualPeriod: "The {owner}'s resident ID validity does not span 5, 10 or 20 years; check the dates against the back of the card.",
        longTermTooYoung:
          "The {owner}'s ID is marked long-term, but the birth date in the number shows the holder was under 46 at issue, when cards are not long-term; please check.",
      },
      why: 'Resident ID cards are valid 5, 10 or 20 years depending on age at issue, and long-term from age 46; dates that differ from the card are rejected as not matching the uploaded card.',
      fix: 'Copy both dates from the validity line on the back of the card; tick long-term only when the card says 长期.',
    },
  },
  sources: [
    {
      url: 'https://www.mgksw.com/zh-tw/jingyan/j090e9.html',
      title: '身份證有效期有多久（quotes 《中华人民共和国居民身份证法》第五条）',
      publisher: 'third party',
      evidence: 'T',
      retrieved: '2026-11-29',
    },
    'K-驳回',
  ],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(people(form), ({ path, principal, owner }): Issue<'unusualPeriod' | 'longTermTooYoung'>[] => {
      const from = principal.idValidFrom;
      if (principal.idType !== 'resident-id' || !from || !isIsoDate(from)) return [];
      const params = { owner };
      if (principal.idLongTerm === true) {
        const number = idKey(principal.idNumber);
        const parsed = number ? parseIdNumber(number) : undefined;
        // One year of slack: the application may precede the 46th birthday by a little.
        if (parsed?.ok && ageOn(parsed.info.birthDate, from) < 45) return [{ field: `${path}.idLongTerm`, message: 'longTermTooYoung', params }];
        return [];
      }
      const to = principal.idValidTo;
      if (!to || !isIsoDate(to) || to <= from) return [];
      return periodEnds(from).includes(to) ? [] : [{ field: `${path}.idValidTo`, message: 'unusualPeriod', params }];
    });
  },
});
