import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './personal-site-name-not-domain-or-own-name';

testRule(rule, {
  valid: [
    { name: 'a content name with the owner’s name in it', form: makeForm() },
    { name: 'a name that shares a word with the domain', form: withSiteName('张三notes笔记') },
    { name: 'an ordinary name with no domain listed', form: makeForm('individual', (f) => void (f.websites![0]!.domains = [])) },
  ],
  invalid: [
    // 网站名称不符合要求 (个人网站名称使用域名).
    { name: 'the domain itself', form: withSiteName('zhangsan-notes.cn'), issues: [{ field: 'websites[0].name', message: 'isDomain' }] },
    { name: 'the domain with www and capitals', form: withSiteName('WWW.Zhangsan-Notes.cn'), issues: [{ field: 'websites[0].name', message: 'isDomain' }] },
    { name: 'the domain label without suffix', form: withSiteName('zhangsan-notes'), issues: [{ field: 'websites[0].name', message: 'isDomain' }] },
    { name: 'another domain written as the name', form: withSiteName('example.com'), issues: [{ field: 'websites[0].name', message: 'isDomain' }] },
    // 网站名称不符合要求 (个人网站名称使用人名).
    { name: 'the owner’s own name', form: withSiteName('张三'), issues: [{ field: 'websites[0].name', message: 'isOwnName' }] },
    { name: 'the owner’s name with a space', form: withSiteName('张 三'), issues: [{ field: 'websites[0].name', message: 'isOwnName' }] },
  ],
  notApplicable: [{ name: 'an enterprise', form: withSiteName('example-tech.cn', 'enterprise') }],
  unknown: [
    { name: 'domains not read', form: makeForm('individual', (f) => void delete f.websites![0]!.domains), missing: ['websites[0].domains'] },
    { name: 'subject name not read', form: makeForm('individual', (f) => void delete f.subject!.name), missing: ['subject.name'] },
  ],
});
