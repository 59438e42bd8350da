/**
 * A valid app entry for app-rule tests (synthetic values): Android + iOS platforms with
 * well-formed package names, public keys and fingerprints, one API domain, one IP.
 * Change only what a case is about: `makeApp((a) => { a.iconBytes = 200_000 })`.
 */
import type { App } from '../../rules/model/filing-form';
import type { Mutable } from './make-form';

export function makeApp(mutate?: (app: Mutable<App>) => void): App {
  const app: Mutable<App> = {
    name: '示例记账',
    iconBytes: 48_000,
    platforms: [
      {
        platform: 'android',
        packageName: 'com.example.ledger',
        publicKey: `3082010a0282010100${'c3'.repeat(256)}0203010001`,
        signatureMd5: 'A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90',
      },
      {
        platform: 'ios',
        packageName: 'com.example.Ledger-iOS',
        publicKey: `3082010a0282010100${'d4'.repeat(256)}0203010001`,
        signatureMd5: '0123456789abcdef0123456789abcdef01234567',
      },
    ],
    domains: ['api.example-tech.cn'],
    ips: ['121.36.1.20'],
    serviceContent: ['工具'],
    languages: ['zh-Hans'],
    preApprovals: [],
    remark: '',
    principal: { sameAsSubjectPrincipal: true },
  };
  mutate?.(app);
  return app;
}
