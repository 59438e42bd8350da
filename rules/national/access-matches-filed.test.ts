import { makeChange } from '../../test/support/make-change';
import { testRule } from '../../test/support/rule-tester';
import { makeCreditCode } from '../../test/support/synthetic-ids';
import rule from './access-matches-filed';

testRule(rule, {
  valid: [
    { name: 'access filing equal to the record', form: makeChange('add-access') },
    {
      name: 'a new website (no record of its own) under a filed subject',
      form: makeChange('add-service', 'enterprise', (f) => {
        f.websites![0]!.name = '示例科技商城';
        f.websites![0]!.domains = ['example-shop.cn'];
      }),
    },
    {
      name: 'same name typed with full-width brackets',
      form: makeChange('add-access', 'enterprise', (f) => {
        f.filed!.subjectName = '深圳市示例科技(南山)有限公司';
        f.subject!.name = '深圳市示例科技（南山）有限公司';
      }),
    },
  ],
  invalid: [
    {
      // 接入商信息不一致: the company was renamed since filing at the old provider and the new name is typed on access.
      name: 'subject name differs from the record on access',
      form: makeChange('add-access', 'enterprise', (f) => void (f.subject!.name = '深圳市示例智能科技有限公司')),
      issues: [{ field: 'subject.name', message: 'subjectNameDiffers' }],
    },
    {
      // 域名已备案,证件未备案 工信部已存在备案记录: another certificate number than the one on record.
      name: 'certificate number differs from the record',
      form: makeChange('add-service', 'enterprise', (f) => void (f.subject!.certNumber = makeCreditCode({ body: 'MA5G1RX4L' }))),
      issues: [{ field: 'subject.certNumber', message: 'certNumberDiffers' }],
    },
    {
      // the website was renamed on access although the 管局 wants the filed data.
      name: 'website renamed on access',
      form: makeChange('add-access', 'enterprise', (f) => void (f.websites![0]!.name = '示例科技新官网')),
      issues: [{ field: 'websites[0].name', message: 'siteNameDiffers' }],
    },
  ],
  notApplicable: [{ name: 'a change order', form: makeChange('change-subject', 'enterprise', (f) => void (f.subject!.name = '深圳市示例智能科技有限公司')) }],
  unknown: [{ name: 'the filed record was not read', form: makeChange('add-access', 'enterprise', (f) => void delete f.filed), missing: ['filed'] }],
});
