import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './personal-site-name-banned-words';

testRule(rule, {
  valid: [
    { name: 'a personal name', form: makeForm() },
    { name: 'organisation words are the error rule’s, not repeated', form: withSiteName('张三的跑步社区') },
  ],
  invalid: [
    // 网站名称不符合要求 (个人网站名称禁用词, T11 list).
    { name: 'a directory site', form: withSiteName('张三的导航站'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
    { name: 'several T11 words', form: withSiteName('资讯网站平台'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
    // 网站名称不符合要求 (QingCloud's additions).
    { name: 'a blog', form: withSiteName('张三的博客'), issues: [{ field: 'websites[0].name', message: 'bannedWord' }] },
  ],
  notApplicable: [{ name: 'an enterprise platform', form: withSiteName('示例科技服务平台', 'enterprise') }],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
