import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './individual-other-content-remark';

const other = (remark: string) =>
  makeForm('individual', (f) => {
    f.websites![0]!.serviceContent = ['other'];
    f.websites![0]!.remark = remark;
  });

testRule(rule, {
  valid: [
    { name: 'blog needs no remark here', form: makeForm('individual', (f) => void (f.websites![0]!.remark = '')) },
    { name: 'other with a description', form: other('个人摄影作品展示，只发布本人拍摄的风景照片。') },
    { name: 'a placeholder word inside a description', form: other('个人网站，展示本人摄影作品！') },
    { name: 'a run of stops not at the end', form: other('无。。。只发布本人拍摄的照片') },
  ],
  invalid: [
    {
      // 网站内容超范围: "其他" with no description in the remark.
      name: 'other with an empty remark',
      form: other(''),
      issues: [{ field: 'websites[0].remark', message: 'missing' }],
    },
    {
      name: 'other with a placeholder remark',
      form: other('个人网站。'),
      issues: [{ field: 'websites[0].remark', message: 'vague' }],
    },
    { name: 'other with "无"', form: other('无'), issues: [{ field: 'websites[0].remark', message: 'vague' }] },
    // Trailing 。.!！ are dropped before the comparison (a loop from the end, linear in the length).
    ...['none!', '无。。！', 'N/A.', '。', '个人网站!.'].map((remark) => ({
      name: `placeholder ${JSON.stringify(remark)}`,
      form: other(remark),
      issues: [{ field: 'websites[0].remark', message: 'vague' as const }],
    })),
  ],
  notApplicable: [{ name: 'an enterprise choosing other', form: makeForm('enterprise', (f) => void (f.websites![0]!.serviceContent = ['other'])) }],
  unknown: [{ name: 'remark not read', form: makeForm('individual', (f) => void delete f.websites![0]!.remark), missing: ['websites[0].remark'] }],
});
