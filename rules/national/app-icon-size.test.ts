import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-icon-size';

const icon = (iconBytes: number) => makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.iconBytes = iconBytes))]));

testRule(rule, {
  valid: [
    { name: '48 KB', form: icon(48_000) },
    { name: 'exactly 100 KB', form: icon(102_400) },
  ],
  invalid: [
    {
      // the upload refuses icons over 100 KB.
      name: 'one byte over',
      form: icon(102_401),
      issues: [{ field: 'apps[0].iconBytes', message: 'tooLarge' }],
    },
    { name: 'a 1.2 MB screenshot', form: icon(1_200_000), issues: [{ field: 'apps[0].iconBytes', message: 'tooLarge' }] },
  ],
  notApplicable: [{ name: 'no apps', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [
    {
      name: 'icon not uploaded yet',
      form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void delete a.iconBytes)])),
      missing: ['apps[0].iconBytes'],
    },
  ],
});
