import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-resolution-reminder';

const withApp = (mutate?: Parameters<typeof makeApp>[0]) => makeForm('enterprise', (f) => void (f.apps = [makeApp(mutate)]));

testRule(rule, {
  valid: [
    { name: 'no IP typed yet (national/app-ips asks for one)', form: withApp((a) => void (a.ips = [])) },
    { name: 'no domain typed yet', form: withApp((a) => void (a.domains = [''])) },
    { name: 'only a malformed IP (national/app-ips reports it)', form: withApp((a) => void (a.ips = ['121.36.1'])) },
  ],
  invalid: [
    {
      // APP解析不一致: the app's API domain resolves to another provider's IP, not the filed one.
      name: 'an app with domains and IPs',
      form: withApp((a) => {
        a.domains = ['api.example-tech.cn', 'img.example-tech.cn'];
        a.ips = ['121.36.1.20', '2407:c080::1'];
      }),
      issues: [{ field: 'apps[0].ips', message: 'resolveToFiled' }],
    },
  ],
  notApplicable: [{ name: 'a website-only order', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [{ name: 'IPs not read', form: withApp((a) => void delete a.ips), missing: ['apps[0].ips'] }],
});
