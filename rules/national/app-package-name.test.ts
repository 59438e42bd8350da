import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-package-name';

const withApp = (...apps: ReturnType<typeof makeApp>[]) => makeForm('enterprise', (f) => void (f.apps = apps));
const platformPackage = (platform: 'android' | 'ios' | 'harmonyos' | 'other', packageName: string) =>
  withApp(makeApp((a) => void (a.platforms = [{ ...a.platforms![0]!, platform, packageName }])));

testRule(rule, {
  valid: [
    { name: 'Android and iOS', form: withApp(makeApp()) },
    { name: 'HarmonyOS bundle name', form: platformPackage('harmonyos', 'com.example.ledger_hm') },
    { name: 'Android with underscores and digits', form: platformPackage('android', 'cn.example_tech.ledger2') },
    { name: 'other platform is not judged', form: platformPackage('other', '任意') },
  ],
  invalid: [
    {
      // APP包名不准确: a store link pasted as the package name.
      name: 'a store URL as Android package',
      form: platformPackage('android', 'https://appgallery.huawei.com/app/C100000000'),
      issues: [{ field: 'apps[0].platforms[0].packageName', message: 'android' }],
    },
    {
      name: 'Android: one segment, a segment starting with a digit, a hyphen',
      form: withApp(
        makeApp((a) => void (a.platforms = [{ ...a.platforms![0]!, packageName: 'ledger' }])),
        makeApp((a) => void (a.platforms = [{ ...a.platforms![0]!, packageName: 'com.2example.ledger' }])),
        makeApp((a) => void (a.platforms = [{ ...a.platforms![0]!, packageName: 'com.example-tech.ledger' }])),
      ),
      issues: [
        { field: 'apps[0].platforms[0].packageName', message: 'android' },
        { field: 'apps[1].platforms[0].packageName', message: 'android' },
        { field: 'apps[2].platforms[0].packageName', message: 'android' },
      ],
    },
    {
      name: 'iOS bundle ID with a space, HarmonyOS name too short',
      form: withApp(
        makeApp(
          (a) =>
            void (a.platforms = [
              { ...a.platforms![1]!, packageName: 'com.example ledger' },
              { platform: 'harmonyos', packageName: 'a.b', publicKey: 'x', signatureMd5: 'y' },
            ]),
        ),
      ),
      issues: [
        { field: 'apps[0].platforms[0].packageName', message: 'ios' },
        { field: 'apps[0].platforms[1].packageName', message: 'harmonyos' },
      ],
    },
    { name: 'empty', form: platformPackage('android', ''), issues: [{ field: 'apps[0].platforms[0].packageName', message: 'missing' }] },
  ],
  notApplicable: [{ name: 'no apps', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [{ name: 'platforms not read', form: withApp(makeApp((a) => void delete a.platforms)), missing: ['apps[0].platforms'] }],
});
