import fc from 'fast-check';
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
  it.each([
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '127.0.0.1',
    '0.0.0.0',
    '169.254.1.1',
    '100.64.0.1',
    '100.127.255.255',
    '192.0.2.1',
    '198.18.0.1',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1',
    '255.255.255.255',
  ])('IPv4 %s is not public', (v) => expect(isNonPublicIPv4(parseIPv4(v)!)).toBe(true));
  it.each(['121.36.1.10', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '192.169.0.1', '223.255.255.255'])(
    'IPv4 %s is public',
    (v) => expect(isNonPublicIPv4(parseIPv4(v)!)).toBe(false),
  );
  it.each(['::', '::1', '::ffff:121.36.1.10', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '2001:db8::1', '2001:0db8:85a3::8a2e:370:7334'])(
    'IPv6 %s is not public',
    (v) => expect(isNonPublicIPv6(parseIPv6(v)!)).toBe(true),
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

describe('parseIPv4 against the split-and-regex reading', () => {
  // The first implementation, kept as the specification of the hand-written parser.
  const reference = (value: string): bigint | undefined => {
    const parts = value.split('.');
    if (parts.length !== 4) return undefined;
    let n = 0n;
    for (const part of parts) {
      if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
      n = (n << 8n) | BigInt(part);
    }
    return n;
  };
  const pieces = fc.constantFrom('0', '1', '9', '00', '01', '25', '255', '256', '999', '1000', '.', '..', ' ', '-', 'a', '１', '\u0660');
  const texts = fc.oneof(
    fc.array(pieces, { maxLength: 9 }).map((p) => p.join('')),
    fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((t) => t.join('.')),
    fc.string({ maxLength: 16 }),
  );

  it('agrees on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(parseIPv4(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('classifies any IPv4 address as the prefix comparison on numbers did', () => {
    const blocks: [string, number][] = [
      ['0.0.0.0', 8],
      ['10.0.0.0', 8],
      ['100.64.0.0', 10],
      ['127.0.0.0', 8],
      ['169.254.0.0', 16],
      ['172.16.0.0', 12],
      ['192.0.0.0', 24],
      ['192.0.2.0', 24],
      ['192.168.0.0', 16],
      ['198.18.0.0', 15],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
      ['224.0.0.0', 3],
    ];
    const nonPublic = (n: bigint) => blocks.some(([block, length]) => n >> BigInt(32 - length) === reference(block)! >> BigInt(32 - length));
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 0xffffffffn }), (n) => {
        expect(isNonPublicIPv4(n)).toBe(nonPublic(n));
      }),
      { numRuns: 5000 },
    );
    for (const [block, length] of blocks) {
      const first = reference(block)!;
      const last = first + (1n << BigInt(32 - length)) - 1n;
      for (const n of [first - 1n, first, last, last + 1n].filter((x) => x >= 0n && x <= 0xffffffffn)) expect(isNonPublicIPv4(n)).toBe(nonPublic(n));
    }
    // Outside 32 bits the prefix comparison on bigints still decides.
    for (const n of [-1n, -(1n << 40n), 1n << 32n, (1n << 40n) + 10n, (0xe0n << 32n) | 5n]) expect(isNonPublicIPv4(n)).toBe(nonPublic(n));
  });
});
