import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './personal-name-banned-words';

const henan = (name: string) =>
  makeForm('individual', (f) => {
    f.province = 'HA';
    f.websites![0]!.name = name;
  });

testRule(rule, {
  valid: [{ name: 'personal notes', form: henan('张三的技术笔记') }],
  invalid: [
    // P35 (河南): 个人网站名称禁用词 — "工作室" is on the list; rejected as 网站名称不符合要求.
    { name: 'studio', form: henan('张三的摄影工作室'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
    { name: 'exchange', form: henan('编程学习交流'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
  ],
  notApplicable: [
    { name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'HA')) },
    { name: 'Guangdong', form: makeForm('individual', (f) => void (f.websites![0]!.name = '张三的摄影工作室')) },
  ],
});
