import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './state-words-domain-prefix';

const hunan = (domain: string, national?: boolean) =>
  makeForm('enterprise', (f) => {
    f.province = 'HN';
    f.websites![0]!.domains = [domain];
    if (national !== undefined) f.declarations = { nationalLevelUnit: national };
  });

testRule(rule, {
  valid: [
    { name: 'ordinary domain', form: hunan('example-tech.cn') },
    { name: 'national-level unit', form: hunan('zhongguo-example.cn', true) },
  ],
  invalid: [
    // QC (湖南): 非国家机关不得以中国等词作域名前缀.
    { name: 'zhongguo prefix', form: hunan('zhongguo-chaye.cn'), issues: [{ field: 'websites[0].domains[0]', message: 'statePrefix' }] },
    { name: 'weiquan prefix', form: hunan('weiquan123.com'), issues: [{ field: 'websites[0].domains[0]', message: 'statePrefix' }] },
  ],
  notApplicable: [{ name: 'Guangdong', form: makeForm() }],
});
