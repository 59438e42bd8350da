import { makeApp } from '../../test/support/make-app';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './app-ips';

const ips = (...list: string[]) => makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void (a.ips = list))]));

testRule(rule, {
  valid: [
    { name: 'one IPv4', form: ips('121.36.1.20') },
    { name: 'IPv4 and IPv6 (compressed, expanded)', form: ips('121.36.1.20', '2407:c080:1000::1', '2407:c080:1000:0:0:0:0:2') },
    { name: 'an empty row is left to the required-field check', form: ips('121.36.1.20', '') },
  ],
  invalid: [
    {
      // the console refuses malformed IPs.
      name: 'malformed IPv4 and IPv6',
      form: ips('121.36.1.300', '2407:c080::1::2'),
      issues: [
        { field: 'apps[0].ips[0]', message: 'invalid' },
        { field: 'apps[0].ips[1]', message: 'invalid' },
      ],
    },
    {
      // local/inner servers cannot be filed; only the public EIP counts.
      name: 'private IPv4 and unique-local IPv6',
      form: ips('10.0.0.8', 'fd00::8'),
      issues: [
        { field: 'apps[0].ips[0]', message: 'notPublic' },
        { field: 'apps[0].ips[1]', message: 'notPublic' },
      ],
    },
    { name: 'no IP', form: ips(), issues: [{ field: 'apps[0].ips', message: 'none' }] },
  ],
  notApplicable: [{ name: 'no apps', form: makeForm('enterprise', (f) => void (f.apps = [])) }],
  unknown: [{ name: 'IPs not read', form: makeForm('enterprise', (f) => void (f.apps = [makeApp((a) => void delete a.ips)])), missing: ['apps[0].ips'] }],
});
