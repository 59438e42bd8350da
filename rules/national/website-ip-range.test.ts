import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './website-ip-range';

const withRanges = (...ranges: { start?: string; end?: string }[]) => makeForm('enterprise', (f) => void (f.websites![0]!.ipRanges = ranges));

testRule(rule, {
  valid: [
    { name: 'a single IPv4 as start and end', form: makeForm() },
    { name: 'an IPv4 range', form: withRanges({ start: '121.36.1.20', end: '121.36.1.30' }) },
    { name: 'IPv6, compressed and expanded', form: withRanges({ start: '2407:c080:1000::1', end: '2407:c080:1000:0:0:0:0:10' }) },
    { name: 'full-width digits are normalised', form: withRanges({ start: '１２１.３６.１.２０', end: '121.36.1.20' }) },
    { name: 'an end not read yet', form: withRanges({ start: '121.36.1.20' }) },
  ],
  invalid: [
    {
      // I-01: for a single IP both fields carry the address; an empty end cannot be submitted.
      name: 'empty start and end',
      form: withRanges({ start: '', end: '' }),
      issues: [
        { field: 'websites[0].ipRanges[0].start', message: 'missingStart' },
        { field: 'websites[0].ipRanges[0].end', message: 'missingEnd' },
      ],
    },
    {
      name: 'malformed addresses',
      form: withRanges({ start: '121.36.1.256', end: '121.36.1' }, { start: '2407::c080::1', end: '2407:c080::1' }),
      issues: [
        { field: 'websites[0].ipRanges[0].start', message: 'invalidStart' },
        { field: 'websites[0].ipRanges[0].end', message: 'invalidEnd' },
        { field: 'websites[0].ipRanges[1].start', message: 'invalidStart' },
      ],
    },
    {
      // I-01: the filed IP is the Huawei public EIP; an inner address is rejected.
      name: 'private IPv4 (one below its start), link-local IPv6, loopback',
      form: withRanges(
        { start: '192.168.1.10', end: '192.168.1.10' },
        { start: '121.36.1.20', end: '10.0.0.1' },
        { start: 'fe80::1', end: 'fe80::1' },
        { start: '127.0.0.1', end: '127.0.0.1' },
      ),
      issues: [
        { field: 'websites[0].ipRanges[0].start', message: 'notPublic' },
        { field: 'websites[0].ipRanges[1].end', message: 'notPublic' },
        { field: 'websites[0].ipRanges[1].end', message: 'reversed' },
        { field: 'websites[0].ipRanges[2].start', message: 'notPublic' },
        { field: 'websites[0].ipRanges[3].start', message: 'notPublic' },
      ],
    },
    {
      name: 'IPv4 start, IPv6 end',
      form: withRanges({ start: '121.36.1.20', end: '2407:c080::1' }),
      issues: [{ field: 'websites[0].ipRanges[0].end', message: 'mixedVersions' }],
    },
    {
      name: 'start above end',
      form: withRanges({ start: '121.36.1.30', end: '121.36.1.20' }),
      issues: [{ field: 'websites[0].ipRanges[0].end', message: 'reversed' }],
    },
    { name: 'no range', form: withRanges(), issues: [{ field: 'websites[0].ipRanges', message: 'none' }] },
  ],
  notApplicable: [{ name: 'no websites', form: makeForm('enterprise', (f) => void (f.websites = [])) }],
  unknown: [{ name: 'ranges not read', form: makeForm('individual', (f) => void delete f.websites![0]!.ipRanges), missing: ['websites[0].ipRanges'] }],
});
