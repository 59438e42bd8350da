import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './aliyun-personal-service-content';

testRule(rule, {
  valid: [
    { name: '其他 with a remark', provider: 'aliyun', form: makeForm('individual', (f) => void (f.websites![0]!.serviceContent = ['other'])) },
    // other items are national/individual-service-content's finding, not this rule's.
    {
      name: 'an item beyond a personal site is left to the national rule',
      provider: 'aliyun',
      form: makeForm('individual', (f) => void (f.websites![0]!.serviceContent = ['shopping'])),
    },
    {
      name: '江西: the province rule on 博客 speaks, not this one',
      provider: 'aliyun',
      form: makeForm('individual', (f) => void (f.province = 'JX')),
    },
  ],
  invalid: [
    {
      // Alibaba Cloud offers persons only 其他.
      name: 'a personal blog in 广东',
      provider: 'aliyun',
      form: makeForm('individual'),
      issues: [{ field: 'websites[0].serviceContent', message: 'blogNotOffered' }],
    },
    {
      name: 'the second of two websites',
      provider: 'aliyun',
      form: makeForm('individual', (f) => {
        const site = f.websites![0]!;
        f.websites = [
          { ...site, serviceContent: ['other'] },
          { ...site, name: '张三的旅行相册', domains: ['zhangsan-photos.cn'], serviceContent: ['other', 'blog'] },
        ];
      }),
      issues: [{ field: 'websites[1].serviceContent', message: 'blogNotOffered' }],
    },
  ],
  notApplicable: [
    { name: 'Huawei Cloud allows 博客/个人空间', provider: 'huawei', form: makeForm('individual') },
    { name: 'an enterprise', provider: 'aliyun', form: makeForm('enterprise', (f) => void (f.websites![0]!.serviceContent = ['blog'])) },
  ],
});
