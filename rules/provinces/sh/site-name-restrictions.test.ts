import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './site-name-restrictions';

const shanghai = (name: string, languages: ('zh-Hans' | 'en')[] = ['zh-Hans']) =>
  makeForm('enterprise', (f) => {
    f.province = 'SH';
    f.websites![0]!.name = name;
    f.websites![0]!.languages = languages;
  });

testRule(rule, {
  valid: [{ name: 'company site', form: shanghai('示例科技官网', ['zh-Hans', 'en']) }],
  invalid: [
    // QC (上海): 单位网站名称不能含“论坛” — returned.
    { name: 'forum', form: shanghai('示例科技论坛'), issues: [{ field: 'websites[0].name', message: 'forum' }] },
    { name: 'lottery', form: shanghai('示例体彩资讯'), issues: [{ field: 'websites[0].name', message: 'lottery' }] },
    { name: 'English only', form: shanghai('示例科技官网', ['en']), issues: [{ field: 'websites[0].languages', message: 'noSimplifiedChinese' }] },
  ],
  notApplicable: [{ name: 'personal', form: makeForm('individual', (f) => void (f.province = 'SH')) }],
});
