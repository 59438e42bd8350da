import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './filing-ip-provider-mainland';

const answered = (ipsProviderMainland: boolean, baseline: 'individual' | 'enterprise' = 'individual') =>
  makeForm(baseline, (f) => void (f.declarations = { ipsProviderMainland }));

testRule(rule, {
  valid: [
    { name: 'the IPs are the provider’s mainland public IPs', form: answered(true) },
    {
      // Nothing to connect yet: no IP typed.
      name: 'answered no, but no IP typed',
      form: makeForm('individual', (f) => {
        f.declarations = { ipsProviderMainland: false };
        f.websites![0]!.ipRanges = [{ start: ' ', end: '' }];
      }),
    },
  ],
  invalid: [
    {
      // R-kb: IP须为华为云大陆节点公网IP — a Hong Kong region server is refused.
      name: 'a website on a server outside the mainland',
      form: answered(false),
      issues: [{ field: 'declarations.ipsProviderMainland', message: 'notProviderMainland' }],
    },
    {
      // ALI-ip: only resources of Alibaba Cloud's mainland regions can be filed.
      name: 'an Alibaba Cloud filing with another provider’s IP',
      form: answered(false, 'enterprise'),
      provider: 'aliyun',
      issues: [{ field: 'declarations.ipsProviderMainland', message: 'notProviderMainland' }],
    },
    {
      name: 'a unit adding an app whose IPs are elsewhere',
      form: makeForm('enterprise', (f) => {
        f.filingType = 'add-service';
        f.websites = [];
        f.apps = [makeApp()];
        f.declarations = { ipsProviderMainland: false };
      }),
      issues: [{ field: 'declarations.ipsProviderMainland', message: 'notProviderMainland' }],
    },
  ],
  notApplicable: [
    { name: 'a change order', form: makeChange('change-service', 'enterprise', (f) => void (f.declarations = { ipsProviderMainland: false })) },
    { name: 'a cancellation', form: makeChange('cancel-access', 'individual', (f) => void (f.declarations = { ipsProviderMainland: false })) },
  ],
  unknown: [
    { name: 'not asked yet: a first filing waits for the answer', form: makeForm('individual'), missing: ['declarations.ipsProviderMainland'] },
    {
      name: 'adding access waits too',
      form: makeChange('add-access', 'enterprise'),
      missing: ['declarations.ipsProviderMainland'],
    },
  ],
});
