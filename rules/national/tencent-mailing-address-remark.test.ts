import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './tencent-mailing-address-remark';

const NO_DOOR_NUMBER = '粤海街道科技南路东侧厂房';

testRule(rule, {
  valid: [
    { name: 'a mailing address with a door number', provider: 'tencent', form: makeForm('enterprise') },
    {
      name: 'a door number in Chinese numerals',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => void (f.subject!.mailingAddress!.detail = '科技南路十二号')),
    },
    {
      name: 'no door number, explained in the remark',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => {
        f.subject!.mailingAddress!.detail = NO_DOOR_NUMBER;
        f.subject!.remark = '通信地址已为最详细地址';
      }),
    },
    {
      name: '上海: the province rule on door numbers speaks, not this one',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => {
        f.province = 'SH';
        f.subject!.mailingAddress!.detail = NO_DOOR_NUMBER;
      }),
    },
  ],
  invalid: [
    {
      // TC-subject-info: 通信地址没有门牌号 → 在备注中备注通信地址已为最详细地址.
      name: 'no door number and an empty subject remark',
      provider: 'tencent',
      form: makeForm('enterprise', (f) => void (f.subject!.mailingAddress!.detail = NO_DOOR_NUMBER)),
      issues: [{ field: 'subject.mailingAddress.detail', message: 'explainInRemark' }],
    },
  ],
  notApplicable: [
    { name: 'Alibaba Cloud: not its rule', provider: 'aliyun', form: makeForm('enterprise', (f) => void (f.subject!.mailingAddress!.detail = NO_DOOR_NUMBER)) },
  ],
});
