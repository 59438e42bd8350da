import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-sensitive-words';

const government = (name: string) =>
  makeForm('enterprise', (f) => {
    f.subject!.nature = 'government';
    f.subject!.name = '示例市纪律检查委员会';
    f.websites![0]!.name = name;
  });

testRule(rule, {
  valid: [
    { name: 'a plain name', form: makeForm() },
    { name: 'a government body’s clean-government site', form: government('示例清风廉政网') },
  ],
  invalid: [
    // 网站名称不符合要求 (敏感词), Huawei's own examples first.
    { name: '赌博', form: withSiteName('赌博技巧分享'), issues: [{ field: 'websites[0].name', message: 'sensitiveWord' }] },
    { name: '反腐 from an enterprise', form: withSiteName('示例反腐观察', 'enterprise'), issues: [{ field: 'websites[0].name', message: 'sensitiveWord' }] },
    { name: '廉政 from a person', form: withSiteName('廉政故事集'), issues: [{ field: 'websites[0].name', message: 'sensitiveWord' }] },
    { name: '赌博 even from a government body', form: government('示例反赌博宣传网'), issues: [{ field: 'websites[0].name', message: 'sensitiveWord' }] },
  ],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
