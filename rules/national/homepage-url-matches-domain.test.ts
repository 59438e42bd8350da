import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './homepage-url-matches-domain';

const withUrls = (...urls: string[]) => makeForm('enterprise', (f) => void (f.websites![0]!.homepageUrls = urls));

testRule(rule, {
  valid: [
    { name: 'http on the domain', form: makeForm() },
    { name: 'www sub-domain, https, a path, no scheme', form: withUrls('https://www.example-tech.cn/index.html', 'example-tech.cn', 'www.example-tech.cn/') },
    {
      name: 'Chinese domain',
      form: makeForm('enterprise', (f) => void Object.assign(f.websites![0]!, { domains: ['示例科技.中国'], homepageUrls: ['http://www.示例科技.中国'] })),
    },
    { name: 'an empty row is left to the required-field check', form: withUrls('') },
  ],
  invalid: [
    {
      // (江西/陕西): the homepage must be a complete, working URL.
      name: 'not a URL',
      form: withUrls('ftp://example-tech.cn', 'http://example tech.cn', 'http://121.36.1.20'),
      issues: [
        { field: 'websites[0].homepageUrls[0]', message: 'invalid' },
        { field: 'websites[0].homepageUrls[1]', message: 'invalid' },
        { field: 'websites[0].homepageUrls[2]', message: 'invalid' },
      ],
    },
    {
      // The reviewer would open a site that is not being filed: 信息不一致.
      name: 'a homepage on another domain, and a look-alike suffix',
      form: withUrls('http://www.example-shop.cn', 'http://notexample-tech.cn'),
      issues: [
        { field: 'websites[0].homepageUrls[0]', message: 'notListed' },
        { field: 'websites[0].homepageUrls[1]', message: 'notListed' },
      ],
    },
  ],
  notApplicable: [{ name: 'no websites', form: makeForm('enterprise', (f) => void (f.websites = [])) }],
  unknown: [
    { name: 'homepage not read', form: makeForm('individual', (f) => void delete f.websites![0]!.homepageUrls), missing: ['websites[0].homepageUrls'] },
  ],
});
