import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './site-count-limit';

testRule(rule, {
  valid: [
    {
      name: 'personal fifth site',
      form: makeForm('individual', (f) => {
        f.province = 'SN';
        f.filingType = 'add-service';
        f.declarations = { filedServiceCount: 4 };
      }),
    },
    {
      name: 'enterprise 30th site',
      form: makeForm('enterprise', (f) => {
        f.province = 'SN';
        f.filingType = 'add-service';
        f.declarations = { filedServiceCount: 29 };
      }),
    },
  ],
  invalid: [
    {
      // P17 (陕西): 个人主体最多5个网站 — a sixth cannot be filed.
      name: 'personal sixth site',
      form: makeForm('individual', (f) => {
        f.province = 'SN';
        f.filingType = 'add-service';
        f.declarations = { filedServiceCount: 5 };
      }),
      issues: [{ field: 'websites', message: 'overCap' }],
    },
    {
      name: 'enterprise 31st site',
      form: makeForm('enterprise', (f) => {
        f.province = 'SN';
        f.filingType = 'add-service';
        f.declarations = { filedServiceCount: 30 };
      }),
      issues: [{ field: 'websites', message: 'overCap' }],
    },
  ],
  unknown: [{ name: 'filed count not answered', form: makeForm('individual', (f) => void (f.province = 'SN')), missing: ['declarations.filedServiceCount'] }],
});
