import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './site-situation-statement';

const ningxia = (filed: number) =>
  makeForm('individual', (f) => {
    f.province = 'NX';
    f.filingType = 'add-service';
    f.declarations = { filedServiceCount: filed };
  });

testRule(rule, {
  valid: [{ name: 'four filed sites', form: ningxia(4) }],
  invalid: [
    // P28 (宁夏): ≥5 filed sites (inclusive) → 网站情况说明书.
    { name: 'five filed sites', form: ningxia(5), needs: [{ material: 'site-situation-statement', for: undefined, message: 'statement' }] },
  ],
  notApplicable: [
    {
      name: 'change filing',
      form: makeForm('individual', (f) => {
        f.province = 'NX';
        f.filingType = 'change-service';
      }),
    },
  ],
  unknown: [{ name: 'count not answered', form: makeForm('individual', (f) => void (f.province = 'NX')), missing: ['declarations.filedServiceCount'] }],
});
