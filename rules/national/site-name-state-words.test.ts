import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './site-name-state-words';

testRule(rule, {
  valid: [
    { name: 'a plain name', form: makeForm() },
    { name: 'a state word at the start is the prefix rule’s error', form: withSiteName('中国示例网', 'enterprise') },
    {
      name: 'a word of the subject’s registered name',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'medical';
        f.subject!.name = '深圳市人民医院';
        f.websites![0]!.name = '深圳市人民医院官网';
      }),
    },
    {
      name: 'a government body',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'government';
        f.subject!.name = '示例市南山区人民政府';
        f.websites![0]!.name = '南山区信访服务网';
      }),
    },
    {
      name: 'a declared national-level unit',
      form: makeForm('enterprise', (f) => {
        f.declarations = { nationalLevelUnit: true };
        f.websites![0]!.name = '示例国家实验室';
      }),
    },
  ],
  invalid: [
    // 网站名称不符合要求 (国家信息和词汇 in a non-state name).
    {
      name: 'an enterprise using 中国 inside the name',
      form: withSiteName('示例中国区官网', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'stateWord' }],
    },
    { name: 'a person using 国家', form: withSiteName('张三的国家地理笔记'), issues: [{ field: 'websites[0].name', message: 'stateWord' }] },
    // 网站名称不符合要求 (维权/投诉 words of public interest).
    { name: 'a complaints site', form: withSiteName('示例消费投诉网', 'enterprise'), issues: [{ field: 'websites[0].name', message: 'functionWord' }] },
    {
      name: 'a prefix and a second state word: only the second is this rule’s',
      form: withSiteName('中国人民示例网', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'stateWord' }],
    },
    {
      name: 'both kinds in one name',
      form: withSiteName('张三的国家维权笔记'),
      issues: [
        { field: 'websites[0].name', message: 'stateWord' },
        { field: 'websites[0].name', message: 'functionWord' },
      ],
    },
  ],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
