import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-signature';

const md5 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const sha1 = '0123456789abcdef0123456789abcdef01234567';
const sig = (platform: 'android' | 'ios' | 'harmonyos' | 'other', signatureMd5: string) =>
  makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.platforms = [{ ...a.platforms![0]!, platform, signatureMd5 }]))]));

testRule(rule, {
  valid: [
    { name: 'Android MD5 with colons, iOS SHA-1 plain', form: makeForm('enterprise', (f) => void (f.apps = [makeApp()])) },
    { name: 'Android MD5 upper case with spaces', form: sig('android', 'A1 B2 C3 D4 E5 F6 07 18 29 3A 4B 5C 6D 7E 8F 90') },
    { name: 'HarmonyOS SHA-256 fingerprint', form: sig('harmonyos', 'ab'.repeat(32)) },
    { name: 'other platform is not judged', form: sig('other', 'n/a') },
  ],
  invalid: [
    {
      // APP特征信息无效: SHA-1 pasted where Android wants the MD5.
      name: 'Android with a SHA-1',
      form: sig('android', sha1),
      issues: [{ field: 'apps[0].platforms[0].signatureMd5', message: 'sha1ForAndroid' }],
    },
    {
      // iOS takes the SHA-1 in the MD5 field.
      name: 'iOS with an MD5',
      form: sig('ios', md5),
      issues: [{ field: 'apps[0].platforms[0].signatureMd5', message: 'md5ForIos' }],
    },
    {
      name: 'Android: not hex',
      form: sig('android', 'g1b2c3d4e5f60718293a4b5c6d7e8f90'),
      issues: [{ field: 'apps[0].platforms[0].signatureMd5', message: 'android' }],
    },
    { name: 'iOS: too short', form: sig('ios', sha1.slice(0, 38)), issues: [{ field: 'apps[0].platforms[0].signatureMd5', message: 'ios' }] },
    { name: 'HarmonyOS: a word', form: sig('harmonyos', 'signature'), issues: [{ field: 'apps[0].platforms[0].signatureMd5', message: 'harmonyos' }] },
    { name: 'empty', form: sig('android', ''), issues: [{ field: 'apps[0].platforms[0].signatureMd5', message: 'missing' }] },
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
