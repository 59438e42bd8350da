import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeCreditCode } from '../../test/support/synthetic-ids';
import rule from './credit-code-province';

testRule(rule, {
  valid: [
    { name: 'Shenzhen code filed in Guangdong', form: makeForm('enterprise') },
    { name: 'province typed as a Chinese name', form: makeForm('enterprise', (f) => void ((f as { province?: string }).province = '广东省')) },
    {
      name: 'central registration (100000) may file anywhere',
      form: makeForm('enterprise', (f) => {
        f.province = 'BJ';
        f.subject!.certNumber = makeCreditCode({ region: '100000' });
      }),
    },
  ],
  invalid: [
    {
      // a unit may file only in the province that issued its certificate.
      name: 'Shenzhen code filed in Zhejiang',
      form: makeForm('enterprise', (f) => void (f.province = 'ZJ')),
      issues: [{ field: 'province', message: 'otherProvince' }],
    },
    {
      // for a public institution registered in Shanghai filing in Beijing.
      name: 'Shanghai public institution filing in Beijing',
      form: makeForm('enterprise', (f) => {
        f.province = 'BJ';
        f.subject!.nature = 'institution';
        f.subject!.certType = 'institution-legal-person';
        f.subject!.certNumber = makeCreditCode({ authority: '1', classCode: '2', region: '310104' });
      }),
      issues: [{ field: 'province', message: 'otherProvince' }],
    },
  ],
  notApplicable: [{ name: 'individual filing', form: makeForm('individual', (f) => void (f.province = 'ZJ')) }],
  unknown: [{ name: 'province not read', form: makeForm('enterprise', (f) => void delete f.province), missing: ['province'] }],
});
