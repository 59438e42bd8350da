import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-name-banned-words';

const beijing = (name: string) =>
  makeForm('individual', (f) => {
    f.province = 'BJ';
    f.websites![0]!.name = name;
  });

testRule(rule, {
  valid: [
    { name: 'personal notes', form: beijing('张三的技术笔记') },
    { name: '论坛 is left to the national rule', form: beijing('张三的编程论坛') },
  ],
  invalid: [
    // Third-party Beijing list: 团购 (group buying) in a personal name is refused as commercial.
    { name: 'group buying', form: beijing('张三的团购分享'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
    { name: 'centre', form: beijing('张三的读书中心'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'BJ')) }],
});
