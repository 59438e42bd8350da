import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import type { FilingForm } from '../model/filing-form';
import rule from './app-name';

/** The enterprise baseline with one app of the given name. */
const app = (name: string | undefined): FilingForm =>
  makeForm('enterprise', (f) => {
    f.apps = [{ name, platforms: [{ platform: 'android', packageName: 'cn.example.app' }], domains: ['api.example-tech.cn'], ips: ['121.36.1.20'] }];
  });

testRule(rule, {
  valid: [
    { name: 'a real app name', form: app('示例记账') },
    { name: 'a quiz app is not a test build', form: app('示例性格测试') },
    { name: 'Latin words inside other words (Contest, Freedom)', form: app('Contest Freedom') },
    { name: 'the registered mark sign is not an emoji', form: app('示例记账®') },
    { name: 'an empty name is left to the console', form: app('') },
  ],
  invalid: [
    // APP名称不符合要求 (表情符号), rejected per Huawei's App naming FAQ.
    { name: 'an emoji', form: app('示例记账🔥'), issues: [{ field: 'apps[0].name', message: 'emoji' }] },
    // APP名称不符合要求 (占位符 / 测试名称).
    { name: 'a test build name', form: app('测试记账'), issues: [{ field: 'apps[0].name', message: 'placeholder' }] },
    { name: 'an English placeholder', form: app('示例 Demo'), issues: [{ field: 'apps[0].name', message: 'placeholder' }] },
    { name: 'left unnamed', form: app('未命名应用'), issues: [{ field: 'apps[0].name', message: 'placeholder' }] },
    // APP名称不符合要求 (定价或营销属性词汇).
    { name: 'a pricing word', form: app('免费示例小说'), issues: [{ field: 'apps[0].name', message: 'marketingWord' }] },
    { name: 'an English marketing word', form: app('Example Sale'), issues: [{ field: 'apps[0].name', message: 'marketingWord' }] },
    {
      name: 'all three at once',
      form: app('限时折扣Demo😀'),
      issues: [
        { field: 'apps[0].name', message: 'emoji' },
        { field: 'apps[0].name', message: 'placeholder' },
        { field: 'apps[0].name', message: 'marketingWord' },
      ],
    },
  ],
  notApplicable: [{ name: 'a website-only filing', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [{ name: 'app name not read', form: app(undefined), missing: ['apps[0].name'] }],
});
