import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-platform-os';

testRule(rule, {
  valid: [
    { name: 'Android and iOS', form: makeForm('enterprise', (f) => void (f.apps = [makeApp()])) },
    {
      name: 'HarmonyOS',
      form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.platforms = [{ ...a.platforms![0]!, platform: 'harmonyos' }]))])),
    },
  ],
  invalid: [
    {
      // APP平台信息无效: an app store entered as the platform.
      name: 'other',
      form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void a.platforms!.push({ platform: 'other', packageName: 'com.example.ledger' }))])),
      issues: [{ field: 'apps[0].platforms[2].platform', message: 'other' }],
    },
  ],
  notApplicable: [{ name: 'no apps', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [
    {
      name: 'platforms not read',
      form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void delete a.platforms)])),
      missing: ['apps[0].platforms'],
    },
  ],
});
