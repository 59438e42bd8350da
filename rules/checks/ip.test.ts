import { describe, expect, it } from 'vitest';
import { isNonPublicIPv4, isNonPublicIPv6, isPublicIp, parseIp, parseIPv4, parseIPv6 } from './ip';

describe('parseIPv4', () => {
  it('reads dotted quads as numbers', () => {
    expect(parseIPv4('0.0.0.0')).toBe(0n);
    expect(parseIPv4('121.36.1.10')).toBe((121n << 24n) | (36n << 16n) | (1n << 8n) | 10n);
    expect(parseIPv4('255.255.255.255')).toBe(0xffffffffn);
  });
  it.each(['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.-4', '1.2.3.4 ', 'a.b.c.d', '1..3.4', '１.２.３.４'])('refuses %s', (v) =>
    expect(parseIPv4(v)).toBeUndefined(),
  );
});

describe('parseIPv6', () => {
  const loopback = 1n;
  it('reads full, compressed and embedded-IPv4 forms as the same numbers', () => {
    expect(parseIPv6('0:0:0:0:0:0:0:1')).toBe(loopback);
    expect(parseIPv6('::1')).toBe(loopback);
    expect(parseIPv6('0000:0000:0000:0000:0000:0000:0000:0001')).toBe(loopback);
    expect(parseIPv6('::')).toBe(0n);
    expect(parseIPv6('2407:C080:1000::1')).toBe(parseIPv6('2407:c080:1000:0:0:0:0:1'));
    expect(parseIPv6('2407:c080::')).toBe(parseIPv6('2407:c080:0:0:0:0:0:0'));
    expect(parseIPv6('::ffff:121.36.1.10')).toBe(parseIPv6('::ffff:7924:10a'));
    expect(parseIPv6('64:ff9b::121.36.1.10')).toBe(parseIPv6('64:ff9b::7924:10a'));
    expect(parseIPv6('1:2:3:4:5:6:121.36.1.10')).toBe(parseIPv6('1:2:3:4:5:6:7924:10a'));
  });
  it.each([
    '',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    ':::1',
    '1:::2',
    ':1::',
    '12345::1',
    'g::1',
    '::ffff:256.1.1.1',
    '::f1.2.3.4', // the IPv4 tail must follow a colon
    '1:2:3:4:5:6:7:1.2.3.4', // nine groups once the tail is counted
    'fe80::1%eth0',
    '[::1]',
  ])('refuses %s', (v) => expect(parseIPv6(v)).toBeUndefined());
});

describe('parseIp', () => {
  it('tells the version and trims', () => {
    expect(parseIp(' 121.36.1.10 ')?.version).toBe(4);
    expect(parseIp('2407:c080::1')?.version).toBe(6);
    expect(parseIp('::ffff:121.36.1.10')?.version).toBe(6);
    expect(parseIp('example.com')).toBeUndefined();
    expect(parseIp('121.36.1')).toBeUndefined();
  });
});

describe('public or not', () => {
  it.each(['10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '127.0.0.1', '0.0.0.0', '169.254.1.1', '100.64.0.1', '100.127.255.255', '192.0.2.1', '198.18.0.1', '198.51.100.7', '203.0.113.9', '224.0.0.1', '255.255.255.255'])(
    'IPv4 %s is not public',
    (v) => expect(isNonPublicIPv4(parseIPv4(v)!)).toBe(true),
  );
  it.each(['121.36.1.10', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '192.169.0.1', '223.255.255.255'])('IPv4 %s is public', (v) =>
    expect(isNonPublicIPv4(parseIPv4(v)!)).toBe(false),
  );
  it.each(['::', '::1', '::ffff:121.36.1.10', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '2001:db8::1', '2001:0db8:85a3::8a2e:370:7334'])('IPv6 %s is not public', (v) =>
    expect(isNonPublicIPv6(parseIPv6(v)!)).toBe(true),
  );
  it.each(['2407:c080:1000::1', '2001:4860:4860::8888', '2400:da00::6666', '3fff:ffff::1'])('IPv6 %s is public', (v) =>
    expect(isNonPublicIPv6(parseIPv6(v)!)).toBe(false),
  );
  it('isPublicIp dispatches by version', () => {
    expect(isPublicIp(parseIp('121.36.1.10')!)).toBe(true);
    expect(isPublicIp(parseIp('192.168.0.1')!)).toBe(false);
    expect(isPublicIp(parseIp('2407:c080::1')!)).toBe(true);
    expect(isPublicIp(parseIp('fe80::1')!)).toBe(false);
  });
});
