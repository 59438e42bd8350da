import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './liangjiang-remark';

const chongqing = (district: string, remark = '') =>
  makeForm('enterprise', (f) => {
    f.province = 'CQ';
    f.subject!.remark = remark;
    f.subject!.mailingAddress = { province: '重庆市', city: '市辖区', district, detail: '两江新区金开大道1号' };
  });

testRule(rule, {
  valid: [
    { name: '渝北区 with remark', form: chongqing('渝北区', '地址位于两江新区（原渝北区）') },
    { name: 'no 两江', form: makeForm('enterprise', (f) => void (f.province = 'CQ')) },
  ],
  invalid: [
    // P26 (重庆): 两江新区 addresses — select 渝北区 and explain, else the address check fails.
    { name: 'district left as 两江新区', form: chongqing('两江新区'), issues: [{ field: 'subject.mailingAddress.district', message: 'chooseYubei' }] },
    { name: 'no remark', form: chongqing('渝北区'), issues: [{ field: 'subject.remark', message: 'explainInRemark' }] },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
