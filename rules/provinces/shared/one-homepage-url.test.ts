import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './one-homepage-url';

testRule(rule, {
  valid: [{ name: 'one homepage', form: makeForm('enterprise', (f) => void (f.province = 'AH')) }],
  invalid: [
    {
      // TC (河北, c. 2019): one homepage URL per site.
      name: 'two homepages',
      form: makeForm('enterprise', (f) => {
        f.province = 'HE';
        f.websites![0]!.homepageUrls = ['http://example-tech.cn', 'http://www.example-tech.cn'];
      }),
      issues: [{ field: 'websites[0].homepageUrls', message: 'oneHomepage' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm('enterprise') }],
});
