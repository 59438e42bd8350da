import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './auth-code-one-service';

const onCode = (sites: number, apps = 0) =>
  makeForm('enterprise', (f) => {
    f.resource = { type: 'auth-code', authCode: 'ABCD1234' };
    f.websites = Array.from({ length: sites }, () => structuredClone(f.websites![0]!));
    f.apps = Array.from({ length: apps }, () => ({ name: '示例APP' }));
  });

testRule(rule, {
  valid: [
    { name: 'one website on an authorisation code', form: onCode(1) },
    { name: 'one app on an authorisation code', form: onCode(0, 1) },
    { name: 'two websites on a server', form: makeForm('enterprise', (f) => void f.websites!.push(structuredClone(f.websites![0]!))) },
  ],
  invalid: [
    // K-条件: 一个授权码只能备案一个网站或App.
    { name: 'two websites on one code', form: onCode(2), issues: [{ field: 'resource.type', message: 'tooMany' }] },
    { name: 'a website and an app on one code', form: onCode(1, 1), issues: [{ field: 'resource.type', message: 'tooMany' }] },
  ],
  notApplicable: [{ name: 'a change order', form: makeChange('change-service') }],
  unknown: [{ name: 'the resource was not read', form: makeForm('enterprise', (f) => void delete f.resource), missing: ['resource.type'] }],
});
