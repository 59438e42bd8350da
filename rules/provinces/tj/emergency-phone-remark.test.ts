import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './emergency-phone-remark';

const tianjin = (nature: 'individual' | 'enterprise', remark: string) =>
  makeForm(nature, (f) => {
    f.province = 'TJ';
    f.websites![0]!.remark = remark;
  });

testRule(rule, {
  valid: [
    { name: 'personal formula', form: tianjin('individual', '个人技术博客。应急联系电话为本人父亲张某的手机号码。') },
    { name: 'unit formula', form: tianjin('enterprise', '应急联系电话为本公司员工王五的手机号码。') },
  ],
  invalid: [
    // UC 2024 (天津): without the emergency-contact remark the order is returned.
    { name: 'personal, no remark', form: tianjin('individual', '个人技术博客。'), issues: [{ field: 'websites[0].remark', message: 'missingRemark' }] },
    {
      name: 'personal, no relationship',
      form: tianjin('individual', '应急联系电话为张某的手机号码。'),
      issues: [{ field: 'websites[0].remark', message: 'personalRelation' }],
    },
    {
      name: 'unit, no employee named',
      form: tianjin('enterprise', '应急联系电话为王五的手机号码。'),
      issues: [{ field: 'websites[0].remark', message: 'unitEmployee' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
