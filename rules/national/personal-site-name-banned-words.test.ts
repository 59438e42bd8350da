import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './personal-site-name-banned-words';

const named = (name: string) => makeForm('individual', (f) => void (f.websites![0]!.name = name));

testRule(rule, {
  valid: [
    { name: 'a personal name', form: makeForm() },
    { name: 'organisation words are the error rule’s, not repeated', form: named('张三的跑步社区') },
  ],
  invalid: [
    // 网站名称不符合要求 (个人网站名称禁用词, T11 list).
    { name: 'a directory site', form: named('张三的导航站'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
    { name: 'several T11 words', form: named('资讯网站平台'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
    // 网站名称不符合要求 (QingCloud's additions).
    { name: 'a blog', form: named('张三的博客'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
  ],
  notApplicable: [{ name: 'an enterprise platform', form: makeForm('enterprise', (f) => void (f.websites![0]!.name = '示例科技服务平台')) }],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
