import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './personal-site-name-organisation-words';

const named = (name: string) => makeForm('individual', (f) => void (f.websites![0]!.name = name));

testRule(rule, {
  valid: [
    { name: 'a personal name', form: makeForm() },
    { name: 'a hobby name without organisation words', form: named('张三的摄影作品') },
  ],
  invalid: [
    // 网站名称不符合要求 (个人网站名称含企业信息 / 超出个人范围).
    { name: 'a company word', form: named('张三网络公司'), issues: [{ field: 'websites[0].name', message: 'organisationWord' }] },
    { name: 'a club', form: named('跑步俱乐部'), issues: [{ field: 'websites[0].name', message: 'organisationWord' }] },
    { name: 'several words give one finding', form: named('示例企业社区'), issues: [{ field: 'websites[0].name', message: 'organisationWord' }] },
  ],
  notApplicable: [{ name: 'an enterprise may call itself a company', form: makeForm('enterprise', (f) => void (f.websites![0]!.name = '示例科技公司官网')) }],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
