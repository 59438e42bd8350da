import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-store-names';

const withApps = (...names: string[]) => makeForm('enterprise', (f) => void (f.apps = names.map((name) => makeApp((a) => void (a.name = name)))));

testRule(rule, {
  valid: [
    { name: 'one app, plain name', form: withApps('示例记账') },
    { name: 'two different apps', form: withApps('示例记账', '示例相册') },
    { name: 'platform word that is part of the name, not a mark', form: withApps('安卓助手') },
    { name: 'Latin name ending in a longer word', form: withApps('Ledger Shadow') },
  ],
  invalid: [
    {
      // doc_0113: names must be the same on every platform — a filed "安卓版" name differs from the iOS listing (APP名称 rejection / MIIT name check).
      name: 'name carries a platform mark',
      form: withApps('示例记账（安卓版）'),
      issues: [{ field: 'apps[0].name', message: 'platformMark' }],
    },
    // Brackets of any kind around a platform word, with spaces and 版 or not.
    ...['示例记账【 iOS 版 】', '示例记账 [for Android]', '示例记账(鸿蒙版)', '示例记账（ HD ）'].map((name) => ({
      name: `bracketed mark: ${name}`,
      form: withApps(name),
      issues: [{ field: 'apps[0].name', message: 'platformMark' }],
    })),
    {
      // the filed name must be the app's real name; a store-listing suffix ("HD") is not it (APP名称 rejection).
      name: 'trailing HD mark',
      form: withApps('Ledger HD'),
      issues: [{ field: 'apps[0].name', message: 'platformMark' }],
    },
    {
      // doc_0113: one app on iOS and Android is one filing with both platforms, not two filings under two store names.
      name: 'the same app entered twice under store-variant names',
      form: withApps('示例记账', '示例记账 iOS版'),
      issues: [
        { field: 'apps[1].name', message: 'platformMark' },
        { field: 'apps[1].name', message: 'sameApp' },
      ],
    },
  ],
  notApplicable: [{ name: 'no apps in the order', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [
    { name: 'app name not read', form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void delete a.name)])), missing: ['apps[0].name'] },
  ],
});
