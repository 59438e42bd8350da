import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './multiple-languages';

testRule(rule, {
  valid: [
    { name: 'one language', form: makeForm() },
    { name: 'an app with one language', form: makeForm('enterprise', (f) => void (f.apps = [makeApp()])) },
  ],
  invalid: [
    {
      // multi-select is discouraged (advice, not a rejection).
      name: 'a website in Chinese and English',
      form: makeForm('enterprise', (f) => void (f.websites![0]!.languages = ['zh-Hans', 'en'])),
      issues: [{ field: 'websites[0].languages', message: 'several' }],
    },
    {
      // a Chinese app with some English screens is 中文 only.
      name: 'an app with three languages',
      form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.languages = ['zh-Hans', 'zh-Hant', 'en']))])),
      issues: [{ field: 'apps[0].languages', message: 'several' }],
    },
  ],
  notApplicable: [{ name: 'no websites and no apps', form: makeForm('enterprise', (f) => void ((f.websites = []), (f.apps = []))) }],
  unknown: [{ name: 'languages not read', form: makeForm('enterprise', (f) => void delete f.websites![0]!.languages), missing: ['websites[0].languages'] }],
});
