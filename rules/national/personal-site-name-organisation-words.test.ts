import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './personal-site-name-organisation-words';

testRule(rule, {
  valid: [
    { name: 'a personal name', form: makeForm() },
    { name: 'a hobby name without organisation words', form: withSiteName('张三的摄影作品') },
  ],
  invalid: [
    // 网站名称不符合要求 (个人网站名称含企业信息 / 超出个人范围).
    { name: 'a company word', form: withSiteName('张三网络公司'), issues: [{ field: 'websites[0].name', message: 'organisationWord' }] },
    { name: 'a club', form: withSiteName('跑步俱乐部'), issues: [{ field: 'websites[0].name', message: 'organisationWord' }] },
    { name: 'several words give one finding', form: withSiteName('示例企业社区'), issues: [{ field: 'websites[0].name', message: 'organisationWord' }] },
  ],
  notApplicable: [{ name: 'an enterprise may call itself a company', form: withSiteName('示例科技公司官网', 'enterprise') }],
  unknown: [{ name: 'name not read', form: makeForm('individual', (f) => void delete f.websites![0]!.name), missing: ['websites[0].name'] }],
});
