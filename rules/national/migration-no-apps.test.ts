import { makeApp } from '../../test/support/make-app';
import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import rule from './migration-no-apps';

testRule(rule, {
  valid: [{ name: 'a migration of websites only', form: makeChange('migrate-service', 'enterprise', (f) => void (f.apps = [])) }],
  invalid: [
    {
      // S4: APPs are not migrated; cancel and file again.
      name: 'a migration that carries an app',
      form: makeChange('migrate-service', 'enterprise', (f) => void (f.apps = [makeApp()])),
      issues: [{ field: 'apps[0]', message: 'app' }],
    },
  ],
  notApplicable: [{ name: 'a change of an app', form: makeChange('change-service', 'enterprise', (f) => void (f.apps = [makeApp()])) }],
});
