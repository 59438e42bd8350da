import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './mailing-address-same-city';

const henan = (certAddress: string, city: string) =>
  makeForm('individual', (f) => {
    f.province = 'HA';
    f.subject!.certAddress = certAddress;
    f.subject!.mailingAddress = { province: '河南省', city, district: '', detail: '人民路1号' };
  });

testRule(rule, {
  valid: [
    { name: 'same city', form: henan('河南省郑州市金水区花园路1号', '郑州市') },
    { name: 'county-level city inside the prefecture', form: henan('河南省郑州市新郑市龙湖镇1号', '郑州市') },
    { name: 'certificate address names no city', form: henan('金水区花园路1号', '郑州市') },
  ],
  invalid: [
    {
      // (河南/河北/贵州): 通讯地址与证件住所不同市 → 管局驳回.
      name: 'Henan, Luoyang ID, Zhengzhou mailing address',
      form: henan('河南省洛阳市西工区凯旋路1号', '郑州市'),
      issues: [{ field: 'subject.mailingAddress.city', message: 'differentCity' }],
    },
    {
      name: 'Guizhou enterprise registered in Zunyi, mailing in Guiyang',
      form: makeForm('enterprise', (f) => {
        f.province = 'GZ';
        f.subject!.certAddress = '贵州省遵义市汇川区上海路1号';
        f.subject!.mailingAddress = { province: '贵州省', city: '贵阳市', district: '观山湖区', detail: '长岭北路1号' };
      }),
      issues: [{ field: 'subject.mailingAddress.city', message: 'differentCity' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
  unknown: [
    {
      name: 'certificate address not read',
      form: makeForm('individual', (f) => {
        f.province = 'HE';
        delete f.subject!.certAddress;
      }),
      missing: ['subject.certAddress'],
    },
  ],
});
