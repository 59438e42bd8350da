import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './huayuan-district';

const tianjin = (district: string, detail: string) =>
  makeForm('enterprise', (f) => {
    f.province = 'TJ';
    f.subject!.mailingAddress = { province: '天津市', city: '市辖区', district, detail };
  });

testRule(rule, {
  valid: [
    { name: '华苑 in 南开区', form: tianjin('南开区', '华苑产业区海泰发展六道1号') },
    { name: 'ordinary address', form: tianjin('和平区', '南京路1号') },
  ],
  invalid: [
    // UC 2024 (天津): 华苑 addresses filed under another district are sent back.
    {
      name: '华苑 under 河西区',
      form: tianjin('河西区', '华苑产业区海泰发展六道1号'),
      issues: [{ field: 'subject.mailingAddress.district', message: 'huayuan' }],
    },
    {
      name: 'airport zone under 东丽区',
      form: tianjin('东丽区', '空港经济区西三道1号'),
      issues: [{ field: 'subject.mailingAddress.district', message: 'freeTradeZone' }],
    },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
