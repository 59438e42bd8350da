import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './investor-field';

const unit = (province: ProvinceCode, investor: string, nature: 'enterprise' | 'institution' = 'enterprise') =>
  makeForm('enterprise', (f) => {
    f.province = province;
    f.subject!.nature = nature;
    f.subject!.investor = investor;
  });

testRule(rule, {
  valid: [
    { name: 'Jilin, own name', form: unit('JL', '深圳市示例科技有限公司') },
    { name: 'Ningxia, legal rep', form: unit('NX', '李四') },
    { name: 'Guangxi institution, superior body', form: unit('GX', '某某市文化和旅游局', 'institution') },
    { name: 'Guangxi enterprise is not covered', form: unit('GX', '深圳市示例科技有限公司') },
  ],
  invalid: [
    // TC (吉林/福建): enterprise investor field = own full name; otherwise sent back.
    { name: 'Fujian, legal rep written', form: unit('FJ', '李四'), issues: [{ field: 'subject.investor', message: 'ownName' }] },
    // UC 2024 (宁夏): enterprises write the 法人 name.
    { name: 'Ningxia, company name written', form: unit('NX', '深圳市示例科技有限公司'), issues: [{ field: 'subject.investor', message: 'legalRep' }] },
    // UC 2024 (广西): non-enterprise units write the superior body.
    {
      name: 'Guangxi institution, own name',
      form: unit('GX', '深圳市示例科技有限公司', 'institution'),
      issues: [{ field: 'subject.investor', message: 'superiorBody' }],
    },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'NX')) }],
});
