import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-name-banned-words';

const beijing = (name: string) => makeForm('individual', (f) => { f.province = 'BJ'; f.websites![0]!.name = name; });

testRule(rule, {
  valid: [{ name: 'personal notes', form: beijing('张三的技术笔记') }],
  invalid: [
    // Third-party Beijing list: 论坛 in a personal name is refused (also an electronic-bulletin service).
    { name: 'forum', form: beijing('张三的编程论坛'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'BJ')) }],
});
