import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './address-door-number';

const at = (province: ProvinceCode, detail: string) => makeForm('individual', (f) => { f.province = province; f.subject!.mailingAddress!.detail = detail; });

testRule(rule, {
  valid: [{ name: 'door number given', form: at('JL', '人民大街1号2栋301室') }, { name: 'Beijing, written out', form: at('BJ', '建国路1号楼2单元301室') }],
  invalid: [
    // TC (c. 2019): addresses without door numbers are returned in these provinces.
    { name: 'Shandong, street only', form: at('SD', '泉城路'), issues: [{ field: 'subject.mailingAddress.detail', message: 'noDoorNumber' }] },
    // TC (北京): "1-2-3" style numbers are not accepted.
    { name: 'Beijing, dashed number', form: at('BJ', '建国路1-2-301'), issues: [{ field: 'subject.mailingAddress.detail', message: 'dashedNumber' }] },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
