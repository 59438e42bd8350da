import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './enterprise-second-contact';

const unit = (province: ProvinceCode, officePhone: string) =>
  makeForm('enterprise', (f) => {
    f.province = province;
    f.subject!.principal!.officePhone = officePhone;
  });

testRule(rule, {
  valid: [
    { name: 'Beijing landline', form: unit('BJ', '010-12345678') },
    { name: 'Liaoning, another mobile', form: unit('LN', '13500135000') },
    { name: 'Jiangsu landline', form: unit('JS', '025-12345678') },
  ],
  invalid: [
    // TC (c. 2019): enterprise "contact 2" mandatory in these provinces.
    { name: 'Jilin, empty', form: unit('JL', ''), issues: [{ field: 'subject.principal.officePhone', message: 'missing' }] },
    // TC FAQ (北京): office phone must differ from the responsible person's mobile.
    { name: 'Beijing, same as mobile', form: unit('BJ', '137 0013 7000'), issues: [{ field: 'subject.principal.officePhone', message: 'sameAsMobile' }] },
    // TC FAQ: 江苏 is the only province where the enterprise landline is mandatory.
    { name: 'Jiangsu, a mobile', form: unit('JS', '13500135000'), issues: [{ field: 'subject.principal.officePhone', message: 'landlineRequired' }] },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'BJ')) }],
});
