import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './aliyun-remark-banned-words';

testRule(rule, {
  valid: [
    // the baseline's remark says 博客 and 企业: personal-name words are fine in a remark.
    { name: 'a plain personal remark', provider: 'aliyun', form: makeForm('individual') },
    {
      name: '人民币 is not the state word 人民',
      provider: 'aliyun',
      form: makeForm('individual', (f) => void (f.websites![0]!.remark = '个人笔记，不涉及人民币交易。')),
    },
    {
      name: "a word of the subject's own registered name",
      provider: 'aliyun',
      form: makeForm('enterprise', (f) => {
        f.subject!.name = '深圳市人民医院';
        f.websites![0]!.remark = '深圳市人民医院官方网站，发布就诊指南。';
      }),
    },
    {
      name: 'a government subject may name the state',
      provider: 'aliyun',
      form: makeForm('enterprise', (f) => {
        f.subject!.nature = 'government';
        f.subject!.remark = '国家政策解读及信访渠道说明。';
      }),
    },
  ],
  invalid: [
    {
      name: 'a state word in the website remark',
      provider: 'aliyun',
      form: makeForm('individual', (f) => void (f.websites![0]!.remark = '面向全中国的编程学习笔记。')),
      issues: [{ field: 'websites[0].remark', message: 'bannedWord' }],
    },
    {
      name: 'a sensitive word in the subject remark and a function word in the website remark',
      provider: 'aliyun',
      form: makeForm('enterprise', (f) => {
        f.subject!.remark = '公司不涉及赌博类业务。';
        f.websites![0]!.remark = '提供产品维权投诉渠道。';
      }),
      issues: [
        { field: 'subject.remark', message: 'bannedWord' },
        { field: 'websites[0].remark', message: 'bannedWord' },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'Huawei Cloud: not its rule',
      provider: 'huawei',
      form: makeForm('individual', (f) => void (f.websites![0]!.remark = '面向全中国的编程学习笔记。')),
    },
  ],
});
