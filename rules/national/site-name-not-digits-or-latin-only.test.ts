import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-not-digits-or-latin-only';

testRule(rule, {
  valid: [
    { name: 'a Chinese name', form: makeForm() },
    { name: 'Chinese with an English brand word', form: withSiteName('示例Cloud官网', 'enterprise') },
    { name: 'Chinese with digits', form: withSiteName('2024示例年会', 'enterprise') },
    { name: 'Latin letters and digits are left to the warning rule', form: withSiteName('web2 notes', 'enterprise') },
    { name: 'a name in another script', form: withSiteName('ئۇيغۇرچە تور بېكەت', 'enterprise') },
  ],
  invalid: [
    // All guard against 网站名称不符合要求 (纯数字 / 纯英文).
    { name: 'digits only', form: withSiteName('12345', 'enterprise'), issues: [{ field: 'websites[0].name', message: 'digitsOnly' }] },
    { name: 'digits with symbols', form: withSiteName('2024!!!', 'enterprise'), issues: [{ field: 'websites[0].name', message: 'digitsOnly' }] },
    {
      name: 'full-width digits typed with an IME',
      form: withSiteName('１２３４５', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'digitsOnly' }],
    },
    { name: 'English words', form: withSiteName('My Tech Blog'), issues: [{ field: 'websites[0].name', message: 'latinOnly' }] },
    { name: 'English with a hyphen', form: withSiteName('Example-Tech', 'enterprise'), issues: [{ field: 'websites[0].name', message: 'latinOnly' }] },
  ],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
