import { describe, expect, it } from 'vitest';
import { makeForm, TODAY } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './address-door-number';

const at = (province: ProvinceCode, detail: string) =>
  makeForm('individual', (f) => {
    f.province = province;
    f.subject!.mailingAddress!.detail = detail;
  });

testRule(rule, {
  valid: [
    { name: 'door number given', form: at('JL', '人民大街1号2栋301室') },
    { name: 'Beijing, written out', form: at('BJ', '建国路1号楼2单元301室') },
    // One dash is a range of numbers, not the 1-2-3 style.
    { name: 'Beijing, one dash', form: at('BJ', '建国路1-2号') },
    // A Chinese numeral before 号 is a door number.
    ...['人民大街十二号', '人民大街二十号楼', '人民大街一百零一号', '人民大街一号'].map((detail) => ({ name: `numeral: ${detail}`, form: at('SH', detail) })),
  ],
  invalid: [
    // TC (c. 2019): addresses without door numbers are returned in these provinces.
    { name: 'Shandong, street only', form: at('SD', '泉城路'), issues: [{ field: 'subject.mailingAddress.detail', message: 'noDoorNumber' }] },
    // TC (北京): "1-2-3" style numbers are not accepted.
    { name: 'Beijing, dashed number', form: at('BJ', '建国路1-2-301'), issues: [{ field: 'subject.mailingAddress.detail', message: 'dashedNumber' }] },
    { name: 'Shanghai, 号 without a numeral', form: at('SH', '泉城路号'), issues: [{ field: 'subject.mailingAddress.detail', message: 'noDoorNumber' }] },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});

describe('the dashed number a Beijing address quotes', () => {
  // The whole first number with two or more dashes, from its first digit.
  it.each([
    ['建国路1-2-301', '1-2-301'],
    ['建国路12-3-4-5号', '12-3-4-5'],
    ['路11-22-33与4-5-6', '11-22-33'],
    ['a1-2-b3-4-5', '3-4-5'],
  ])('%s → %s', (detail, text) => {
    expect(rule.check(at('BJ', detail), { today: TODAY, provider: 'huawei' })).toEqual([
      { field: 'subject.mailingAddress.detail', message: 'dashedNumber', params: { text } },
    ]);
  });
});
