import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import rule from './cancel-access-empty-shell';

testRule(rule, {
  valid: [
    { name: 'another provider still serves the filing', form: makeChange('cancel-access', 'enterprise', (f) => void (f.filed!.otherAccessProviders = 1)) },
  ],
  invalid: [
    {
      // the only provider cancels access → 空壳网站, cleaned up by the 管局; the next filing is refused as 主体已注销.
      name: 'Huawei Cloud is the only access provider',
      form: makeChange('cancel-access'),
      issues: [{ field: 'filingType', message: 'emptyShell' }],
    },
  ],
  notApplicable: [{ name: 'cancelling a website', form: makeChange('cancel-service') }],
  unknown: [
    {
      name: 'other providers not told',
      form: makeChange('cancel-access', 'enterprise', (f) => void delete f.filed!.otherAccessProviders),
      missing: ['filed.otherAccessProviders'],
    },
  ],
});
