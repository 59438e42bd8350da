import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import rule from './empty-shell-add-service';

const addOn = (province: 'GD' | 'JS' | 'BJ' | 'SD' | 'SX' | 'SN', filed: number) =>
  makeChange('add-service', 'enterprise', (f) => {
    f.province = province;
    f.declarations = { filedServiceCount: filed };
  });

testRule(rule, {
  valid: [
    { name: 'a subject with filed websites adds one in 广东', form: addOn('GD', 2) },
    // K-注销: 江苏、北京 are among the eleven provinces that accept it.
    { name: 'an empty subject adds a website in 江苏', form: addOn('JS', 0) },
    { name: 'an empty subject adds a website in 北京', form: addOn('BJ', 0) },
    { name: 'an empty subject adds a website in 山西 (SX, on the list)', form: addOn('SX', 0) },
  ],
  invalid: [
    // K-注销 / K-驳回: elsewhere cancel the subject first (主体已注销).
    { name: 'an empty subject adds a website in 广东', form: addOn('GD', 0), issues: [{ field: 'filingType', message: 'emptyShell' }] },
    { name: 'an empty subject adds a website in 山东', form: addOn('SD', 0), issues: [{ field: 'filingType', message: 'emptyShell' }] },
    { name: 'an empty subject adds a website in 陕西 (SN, not 山西)', form: addOn('SN', 0), issues: [{ field: 'filingType', message: 'emptyShell' }] },
  ],
  notApplicable: [{ name: 'a first filing', form: makeChange('first', 'enterprise', (f) => void (f.declarations = { filedServiceCount: 0 })) }],
  unknown: [{ name: 'not asked how many are filed', form: makeChange('add-service'), missing: ['declarations.filedServiceCount'] }],
});
