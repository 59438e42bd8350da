import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './commitment-letter';

testRule(rule, {
  valid: [{ name: 'cancellation orders upload no letter', form: makeForm('individual', (f) => void (f.filingType = 'cancel-service')) }],
  invalid: [
    {
      // 广东管局 returns orders without the 承诺书 (P03: orders not yet sent by 6月21日 must add it).
      name: 'personal first filing',
      form: makeForm('individual'),
      needs: [{ material: 'gd-commitment-letter', message: 'personalVersion' }],
    },
    {
      name: 'enterprise first filing needs the unit version',
      form: makeForm('enterprise'),
      needs: [{ material: 'gd-commitment-letter', message: 'unitVersion' }],
    },
    {
      name: 'also for a change filing',
      form: makeForm('enterprise', (f) => void (f.filingType = 'change-service')),
      needs: [{ material: 'gd-commitment-letter', message: 'unitVersion' }],
    },
  ],
  notApplicable: [
    { name: 'before 2021-06-21', form: makeForm(), today: '2021-06-20' },
    { name: 'another province', form: makeForm('individual', (f) => void (f.province = 'GX')) },
  ],
});
