import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './domain-registrar-approved';

const answered = (registrarApproved: boolean, baseline: 'individual' | 'enterprise' = 'individual') =>
  makeForm(baseline, (f) => void (f.declarations = { registrarApproved }));

testRule(rule, {
  valid: [
    { name: 'domains at an approved registrar', form: answered(true) },
    {
      name: 'a unit adding access, approved registrar',
      form: makeChange('add-access', 'enterprise', (f) => void (f.declarations = { registrarApproved: true })),
    },
    {
      // Nothing to verify yet: no domain typed.
      name: 'answered no, but no domain typed',
      form: makeForm('individual', (f) => {
        f.declarations = { registrarApproved: false };
        f.websites![0]!.domains = [' '];
      }),
    },
  ],
  invalid: [
    {
      // K-错误: 域名对应注册商未获得工信部批复，注册商为境外未获得工信部批复的注册商.
      name: 'a domain bought at a foreign registrar',
      form: answered(false),
      issues: [{ field: 'declarations.registrarApproved', message: 'notApproved' }],
    },
    {
      // K-域名: 国外注册的域名不可以备案 — app domains are verified as well.
      name: 'a unit adding an app whose domains are at an unapproved registrar',
      form: makeForm('enterprise', (f) => {
        f.filingType = 'add-service';
        f.websites = [];
        f.apps = [makeApp()];
        f.declarations = { registrarApproved: false };
      }),
      issues: [{ field: 'declarations.registrarApproved', message: 'notApproved' }],
    },
    {
      name: 'adding access with a foreign-registered domain',
      form: makeChange('add-access', 'enterprise', (f) => void (f.declarations = { registrarApproved: false })),
      issues: [{ field: 'declarations.registrarApproved', message: 'notApproved' }],
    },
  ],
  notApplicable: [
    { name: 'a change order', form: makeChange('change-service', 'enterprise', (f) => void (f.declarations = { registrarApproved: false })) },
    { name: 'a cancellation', form: makeChange('cancel-service', 'individual', (f) => void (f.declarations = { registrarApproved: false })) },
    {
      name: 'no website and no app',
      form: makeForm('enterprise', (f) => {
        f.websites = [];
        f.apps = [];
        f.declarations = { registrarApproved: false };
      }),
    },
  ],
  unknown: [
    { name: 'not asked yet: a first filing waits for the answer', form: makeForm('individual'), missing: ['declarations.registrarApproved'] },
    {
      name: 'an add-service order waits too',
      form: makeForm('enterprise', (f) => void (f.filingType = 'add-service')),
      missing: ['declarations.registrarApproved'],
    },
  ],
});
