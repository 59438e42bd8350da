import { makeForm, withSiteName } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './unit-site-name-relates-to-subject';

testRule(rule, {
  valid: [
    { name: 'short name plus 官网', form: makeForm('enterprise') },
    { name: 'the full registered name', form: withSiteName('深圳市示例科技有限公司', 'enterprise') },
    { name: 'the trade name with another word', form: withSiteName('示例商城', 'enterprise') },
    { name: 'an official-site name (官网 says whose site it is)', form: withSiteName('好物优选官网', 'enterprise') },
    {
      name: 'a trade name in Latin letters',
      form: makeForm('enterprise', (f) => {
        f.subject!.name = '深圳市ACME软件有限公司';
        f.websites![0]!.name = 'ACME开发者中心';
      }),
    },
    {
      name: 'a unit name with no distinctive part cannot be judged',
      form: makeForm('enterprise', (f) => {
        f.subject!.name = '有限公司';
        f.websites![0]!.name = '好物优选';
      }),
    },
    { name: 'an empty subject name is another rule’s business', form: makeForm('enterprise', (f) => void (f.subject!.name = '')) },
  ],
  invalid: [
    {
      // 网站名称不符合要求 (企业网站名称与单位名称无任何关联).
      name: 'a product name with no link to the unit',
      form: withSiteName('好物优选', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'unrelated' }],
      // K-驳回: where the province asks, a name unrelated to the unit needs a trademark certificate.
      implied: [{ material: 'trademark-certificate', for: 'websites[0]', field: 'websites[0].name' }],
    },
    {
      // 网站名称不符合要求: region and industry alone are not the unit's name.
      name: 'only region and industry words in common',
      form: withSiteName('深圳科技资讯', 'enterprise'),
      issues: [{ field: 'websites[0].name', message: 'unrelated' }],
    },
    {
      name: 'the district from the mailing address is not the trade name',
      form: makeForm('enterprise', (f) => {
        f.subject!.name = '南山区示例餐饮店';
        f.websites![0]!.name = '南山美食地图';
      }),
      issues: [{ field: 'websites[0].name', message: 'unrelated' }],
    },
  ],
  notApplicable: [
    { name: 'a personal site', form: makeForm('individual') },
    {
      name: 'a government body',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'government';
        f.websites![0]!.name = '南山政务服务网';
      }),
    },
  ],
  unknown: [{ name: 'subject name not read', form: makeForm('enterprise', (f) => void delete f.subject!.name), missing: ['subject.name'] }],
});
