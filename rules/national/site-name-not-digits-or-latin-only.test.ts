import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-not-digits-or-latin-only';

const named = (name: string, baseline: 'individual' | 'enterprise' = 'enterprise') => makeForm(baseline, (f) => void (f.websites![0]!.name = name));

testRule(rule, {
  valid: [
    { name: 'a Chinese name', form: makeForm() },
    { name: 'Chinese with an English brand word', form: named('示例Cloud官网') },
    { name: 'Chinese with digits', form: named('2024示例年会') },
    { name: 'Latin letters and digits are left to the warning rule', form: named('web2 notes') },
    { name: 'a name in another script', form: named('ئۇيغۇرچە تور بېكەت') },
  ],
  invalid: [
    // All guard against 网站名称不符合要求 (纯数字 / 纯英文).
    { name: 'digits only', form: named('12345'), issues: [{ field: 'websites[0].name', message: 'digitsOnly' }] },
    { name: 'digits with symbols', form: named('2024!!!'), issues: [{ field: 'websites[0].name', message: 'digitsOnly' }] },
    { name: 'full-width digits typed with an IME', form: named('１２３４５'), issues: [{ field: 'websites[0].name', message: 'digitsOnly' }] },
    { name: 'English words', form: named('My Tech Blog', 'individual'), issues: [{ field: 'websites[0].name', message: 'latinOnly' }] },
    { name: 'English with a hyphen', form: named('Example-Tech'), issues: [{ field: 'websites[0].name', message: 'latinOnly' }] },
  ],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
