import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './individual-website-and-app';

testRule(rule, {
  valid: [
    { name: 'a website only', form: makeForm() },
    { name: 'an app only', form: makeForm('individual', (f) => void ((f.websites = []), (f.apps = [makeApp()]))) },
  ],
  invalid: [
    {
      // a personal subject must file the website and the app in two orders.
      name: 'a personal website and app together',
      form: makeForm('individual', (f) => void (f.apps = [makeApp()])),
      issues: [{ field: 'apps', message: 'separateOrders' }],
    },
  ],
  notApplicable: [
    { name: 'an enterprise may file both at once', form: makeForm('enterprise', (f) => void (f.apps = [makeApp()])) },
    { name: 'nothing to file', form: makeForm('individual', (f) => void ((f.websites = []), (f.apps = []))) },
  ],
  unknown: [{ name: 'nature not read', form: makeForm('individual', (f) => void delete f.subject!.nature), missing: ['subject.nature'] }],
});
