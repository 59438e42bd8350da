import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-public-key';

const key = (publicKey: string) => makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.platforms = [{ ...a.platforms![0]!, publicKey }]))]));

testRule(rule, {
  valid: [
    { name: 'hex DER keys', form: makeForm('enterprise', (f) => void (f.apps = [makeApp()])) },
    { name: 'a PEM-style Base64 key', form: key(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${'x'.repeat(300)}IDAQAB`) },
  ],
  invalid: [
    {
      // APP特征信息无效: the key left empty.
      name: 'empty public key',
      form: key(' '),
      issues: [{ field: 'apps[0].platforms[0].publicKey', message: 'missing' }],
    },
    {
      name: 'the MD5 fingerprint pasted as the key',
      form: key('A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90'),
      issues: [{ field: 'apps[0].platforms[0].publicKey', message: 'fingerprint' }],
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
