import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './national-unit-proof';

testRule(rule, {
  valid: [
    { name: 'ordinary name', form: makeForm('enterprise') },
    {
      name: 'state-level name, unit not declared national-level: the naming rule reports it',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.name = '中国示例科技网')),
    },
    { name: 'national-level unit with an ordinary name', form: makeForm('enterprise', (f) => void (f.declarations = { nationalLevelUnit: true })) },
  ],
  invalid: [
    {
      // a 中国… name from a declared national-level unit needs the stamped proof.
      name: 'national-level unit names its site 中国…',
      form: makeForm('enterprise', (f) => {
        f.declarations = { nationalLevelUnit: true };
        f.websites![0]!.name = '中国示例科技网';
      }),
      needs: [{ material: 'national-unit-proof', for: 'websites[0]', message: 'stateWord' }],
    },
    {
      // for each site that starts with a state-level word, spaces ignored.
      name: 'second site starts with 人民 after a space',
      form: makeForm('enterprise', (f) => {
        f.declarations = { nationalLevelUnit: true };
        f.websites!.push({ ...f.websites![0]!, name: ' 人民示例', domains: ['example-people.cn'] });
      }),
      needs: [{ material: 'national-unit-proof', for: 'websites[1]', message: 'stateWord' }],
    },
  ],
  notApplicable: [{ name: 'personal filing', form: makeForm('individual') }],
  unknown: [{ name: 'site name not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
