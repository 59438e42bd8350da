import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './aliyun-address-province';

testRule(rule, {
  valid: [
    { name: 'both addresses in 广东', provider: 'aliyun', form: makeForm('individual') },
    {
      name: 'a certificate address naming no province is not judged',
      provider: 'aliyun',
      form: makeForm('enterprise', (f) => void (f.subject!.mailingAddress!.province = '广西壮族自治区')),
    },
    {
      name: 'no door number, explained in the remark',
      provider: 'aliyun',
      form: makeForm('individual', (f) => {
        f.subject!.mailingAddress!.detail = '科技园路东侧平房';
        f.subject!.remark = '该通讯地址无门牌号，位于科技园路东侧。';
      }),
    },
    {
      name: '河北: the same-city rule speaks for the province, not this one',
      provider: 'aliyun',
      form: makeForm('individual', (f) => {
        f.province = 'HE';
        f.subject!.certAddress = '广东省深圳市南山区科技园路1号';
        f.subject!.mailingAddress = { province: '河北省', city: '石家庄市', district: '长安区', detail: '中山东路1号' };
      }),
    },
    {
      name: '上海: the door-number province rule speaks, not this one',
      provider: 'aliyun',
      form: makeForm('individual', (f) => {
        f.province = 'SH';
        f.subject!.mailingAddress!.detail = '科技园路东侧平房';
      }),
    },
  ],
  invalid: [
    {
      // ALI-address: 证件住所 and 通讯地址 must be in one province.
      name: 'ID-card address in 广东, mailing address in 广西',
      provider: 'aliyun',
      form: makeForm(
        'individual',
        (f) => void (f.subject!.mailingAddress = { province: '广西壮族自治区', city: '南宁市', district: '青秀区', detail: '民族大道1号' }),
      ),
      issues: [{ field: 'subject.mailingAddress.province', message: 'otherProvince' }],
    },
    {
      // ALI-address: an address without a door number is explained in 备注.
      name: 'no door number and an empty remark',
      provider: 'aliyun',
      form: makeForm('enterprise', (f) => void (f.subject!.mailingAddress!.detail = '粤海街道科技南路东侧厂房')),
      issues: [{ field: 'subject.mailingAddress.detail', message: 'noDoorNumberRemark' }],
    },
  ],
  notApplicable: [
    {
      name: 'Huawei Cloud: not its rule',
      provider: 'huawei',
      form: makeForm(
        'individual',
        (f) => void (f.subject!.mailingAddress = { province: '广西壮族自治区', city: '南宁市', district: '青秀区', detail: '民族大道' }),
      ),
    },
  ],
});
