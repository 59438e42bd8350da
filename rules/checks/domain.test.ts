import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainToASCII } from 'node:url';
import { PSL_CN_SECOND_LEVEL, domainLevel, hostOf, isDomainName, isSubdomainOf, levelFromSuffix, publicSuffix, registrableDomain, webUrlHost } from './domain';

describe('hostOf', () => {
  it.each([
    ['https://WWW.Example.com/path?q=1#top', 'www.example.com'],
    ['http://example.com:8080', 'example.com'],
    ['example.com.', 'example.com'],
    [' example.cn/index.html ', 'example.cn'],
    ['例子.中国', '例子.中国'],
    // A path is cut only after the last line break, as `/[/?#].*$/` did (its `.` stops there).
    ['a.com/x\nb.com/y', 'a.com/x\nb.com'],
    ['a.com/x\nb.com', 'a.com/x\nb.com'],
    ['Example.com/x\u2028y', 'example.com/x\u2028y'],
  ])('%j → %j', (input, host) => expect(hostOf(input)).toBe(host));
});

describe('isDomainName', () => {
  it.each([
    'example.com',
    'zhangsan-notes.cn',
    'example.com.cn',
    'sz.gov.cn',
    'a.b.example.net.cn',
    'example.中国',
    '例子.中国',
    '示例.公益',
    'xn--fsq.xn--fiqs8s',
    'example.xn--zfr164b',
    '123.com',
    'a.io',
  ])('accepts %s', (v) => expect(isDomainName(v)).toBe(true));

  it.each([
    '',
    'example',
    'com',
    '.example.com',
    'example..com',
    'example.com.',
    '-example.com',
    'example-.com',
    'exa_mple.com',
    'exa mple.com',
    ' example.com',
    'http://example.com',
    'example.com/path',
    'example.com:8080',
    '121.36.1.10',
    'example.c',
    'example.123',
    '例子。中国', // IME full stop inside a "label"
    'www.例子。中国',
    '例子，中国.cn',
    'example.co m',
    `${'a'.repeat(64)}.com`,
    `${'a.'.repeat(127)}com`,
  ])('refuses %s', (v) => expect(isDomainName(v)).toBe(false));
});

describe('publicSuffix / registrableDomain', () => {
  it.each([
    ['example.com', 'com', 'example.com'],
    ['www.example.com', 'com', 'example.com'],
    ['example.cn', 'cn', 'example.cn'],
    ['www.example.com.cn', 'com.cn', 'example.com.cn'],
    ['a.b.example.com.cn', 'com.cn', 'example.com.cn'],
    ['jyj.sz.gov.cn', 'gov.cn', 'sz.gov.cn'],
    ['www.example.gd.cn', 'gd.cn', 'example.gd.cn'],
    ['www.例子.中国', '中国', '例子.中国'],
    ['示例.公益', '公益', '示例.公益'],
    // CNNIC's Chinese-script second-level suffixes (Public Suffix List, .cn section) and their A-labels.
    ['example.公司.cn', '公司.cn', 'example.公司.cn'],
    ['www.例子.公司.cn', '公司.cn', '例子.公司.cn'],
    ['example.网络.cn', '网络.cn', 'example.网络.cn'],
    ['a.example.網絡.cn', '網絡.cn', 'example.網絡.cn'],
    ['example.xn--55qx5d.cn', 'xn--55qx5d.cn', 'example.xn--55qx5d.cn'],
    ['www.example.xn--io0a7i.cn', 'xn--io0a7i.cn', 'example.xn--io0a7i.cn'],
    ['example.xn--od0alg.cn', 'xn--od0alg.cn', 'example.xn--od0alg.cn'],
    ['www.example.hk.cn', 'hk.cn', 'example.hk.cn'],
    ['公司.com', 'com', '公司.com'],
  ])('%s: suffix %s, registrable %s', (host, suffix, registrable) => {
    expect(publicSuffix(host)).toBe(suffix);
    expect(registrableDomain(host)).toBe(registrable);
  });

  it('has no registrable domain for a bare suffix', () => {
    expect(registrableDomain('cn')).toBeUndefined();
    expect(registrableDomain('com.cn')).toBeUndefined();
    expect(registrableDomain('gov.cn')).toBeUndefined();
    expect(publicSuffix('com.cn')).toBe('com.cn');
  });

  it.each(['公司.cn', '网络.cn', '網絡.cn', 'xn--55qx5d.cn', 'xn--io0a7i.cn', 'xn--od0alg.cn', 'mil.cn', 'xz.cn'])(
    'has no registrable domain for the bare suffix %s',
    (suffix) => {
      expect(publicSuffix(suffix)).toBe(suffix);
      expect(registrableDomain(suffix)).toBeUndefined();
    },
  );

  it('holds the .cn section of the Public Suffix List: 10 second-level and 34 geographic suffixes', () => {
    // https://publicsuffix.org/list/public_suffix_list.dat, "// cn :" (ICANN section, submitted by CNNIC).
    expect(PSL_CN_SECOND_LEVEL).toHaveLength(44);
    expect(new Set(PSL_CN_SECOND_LEVEL).size).toBe(44);
    expect(PSL_CN_SECOND_LEVEL.slice(0, 10)).toEqual(['ac', 'com', 'edu', 'gov', 'net', 'org', 'mil', '公司', '网络', '網絡']);
    for (const label of PSL_CN_SECOND_LEVEL) expect(registrableDomain(`example.${label}.cn`)).toBe(`example.${label}.cn`);
  });

  it('knows the A-label of each Chinese-script suffix (the same as IDNA ToASCII)', () => {
    for (const label of ['公司', '网络', '網絡']) {
      const ascii = domainToASCII(`${label}.cn`);
      expect(publicSuffix(`example.${ascii}`)).toBe(ascii);
    }
  });
});

describe('levels', () => {
  it('counts labels', () => {
    expect(domainLevel('example.com')).toBe(2);
    expect(domainLevel('a.example.com.cn')).toBe(4);
  });
  it('counts from the public suffix', () => {
    expect(levelFromSuffix('example.com')).toBe(2);
    expect(levelFromSuffix('example.com.cn')).toBe(2);
    expect(levelFromSuffix('a.example.com.cn')).toBe(3);
    expect(levelFromSuffix('c.b.a.example.com')).toBe(5);
  });
});

describe('isSubdomainOf', () => {
  it('accepts the domain itself and its sub-domains only', () => {
    expect(isSubdomainOf('example.com', 'example.com')).toBe(true);
    expect(isSubdomainOf('www.example.com', 'example.com')).toBe(true);
    expect(isSubdomainOf('notexample.com', 'example.com')).toBe(false);
    expect(isSubdomainOf('example.com.cn', 'example.com')).toBe(false);
  });
});

describe('webUrlHost', () => {
  it.each([
    ['http://example.com', 'example.com'],
    ['https://www.example.com/', 'www.example.com'],
    ['HTTPS://WWW.EXAMPLE.COM/index.html?x=1', 'www.example.com'],
    ['example.com', 'example.com'],
    ['www.example.com/home', 'www.example.com'],
    ['http://example.com:8080/', 'example.com'],
    ['http://例子.中国', '例子.中国'],
    ['http://example.com.', 'example.com'],
  ])('%s → %s', (url, host) => expect(webUrlHost(url)).toBe(host));

  it.each([
    '',
    'ftp://example.com',
    'http//example.com',
    'http:/example.com',
    'http://',
    'http://example',
    'http://121.36.1.10',
    'http://user@example.com',
    'http://example.com:99999',
    'http://exa mple.com',
    'mailto:a@example.com',
  ])('refuses %s', (url) => expect(webUrlHost(url)).toBeUndefined());
});

/** The first, regex-only definitions: the fast paths for plain ASCII hosts must agree with them. */
describe('host helpers against their regex definitions', () => {
  const MULTI = new Set(
    [
      ...['com', 'net', 'org', 'gov', 'edu', 'ac', 'mil', 'bj', 'sh', 'tj', 'cq', 'he', 'sx', 'nm', 'ln', 'jl', 'hl', 'js', 'zj', 'ah', 'fj', 'jx', 'sd', 'ha'],
      ...['hb', 'hn', 'gd', 'gx', 'hi', 'sc', 'gz', 'yn', 'xz', 'sn', 'gs', 'qh', 'nx', 'xj', 'tw', 'hk', 'mo'],
    ].map((l) => `${l}.cn`),
  );
  const LABEL = /^(?!-)[\p{L}\p{M}\p{Nd}-]{1,63}(?<!-)$/u;
  const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|(?:(?!\p{ASCII})[\p{L}\p{M}]){1,63})$/u;
  const ref = {
    // The generated hosts hold no line break, so `[/?#][\s\S]*` cuts what `/[/?#].*$/` cut (line breaks: the hostOf table).
    hostOf: (value: string) =>
      value
        .trim()
        .toLowerCase()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
        .replace(/[/?#][\s\S]*/, '')
        .replace(/:\d+$/, '')
        .replace(/\.$/, ''),
    isDomainName(value: string) {
      const host = value.toLowerCase();
      if (host.length > 253 || host !== value.trim().toLowerCase()) return false;
      const labels = host.split('.');
      if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
      return TLD.test(labels[labels.length - 1]!);
    },
    publicSuffix(host: string) {
      const labels = host.split('.');
      const lastTwo = labels.slice(-2).join('.');
      return labels.length >= 2 && MULTI.has(lastTwo) ? lastTwo : labels[labels.length - 1]!;
    },
  };
  const pieces = fc.constantFrom(
    'a',
    'b',
    'z',
    '0',
    '9',
    '-',
    '.',
    '..',
    'www',
    'com',
    'cn',
    'com.cn',
    'gd.cn',
    'xn--',
    'xn--fiqs8s',
    'example',
    'A',
    'WWW.',
    ' ',
    ':',
    ':80',
    '/',
    '?',
    '#',
    'http://',
    '例子',
    '中国',
    'é',
  );
  const hosts = fc.oneof(
    fc.array(pieces, { maxLength: 10 }).map((p) => p.join('')),
    fc.stringMatching(/^[a-z0-9.-]{0,20}$/),
    fc
      .tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 }), fc.constantFrom('cn', 'com', 'xn--abc', 'c', 'c0m'))
      .map(([a, b, t]) => `${'a'.repeat(a)}.${'b'.repeat(b)}.${t}`),
  );

  it('hostOf and isDomainName', () => {
    fc.assert(
      fc.property(hosts, (h) => {
        expect(hostOf(h)).toBe(ref.hostOf(h));
        expect(isDomainName(h)).toBe(ref.isDomainName(h));
      }),
      { numRuns: 5000 },
    );
    expect(isDomainName(`${'a.'.repeat(126)}cn`)).toBe(ref.isDomainName(`${'a.'.repeat(126)}cn`));
    expect(isDomainName(`${'a.'.repeat(127)}cn`)).toBe(false);
  });

  it('publicSuffix', () => {
    const suffixHosts = fc.array(fc.constantFrom('a', '', 'com', 'cn', 'gd', 'net', 'xyz'), { maxLength: 5 }).map((p) => p.join('.'));
    fc.assert(
      fc.property(fc.oneof(hosts, suffixHosts), (h) => {
        expect(publicSuffix(h)).toBe(ref.publicSuffix(h));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('webUrlHost against its regex definition', () => {
  const reference = (value: string) => {
    const match = /^(?:(https?):\/\/)?([^/?#\s:]+)(?::(\d{1,5}))?(?:[/?#]\S*)?$/i.exec(value.trim());
    if (!match) return undefined;
    const [, , hostPart, port] = match;
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
    const host = hostPart!.toLowerCase().replace(/\.$/, '');
    return isDomainName(host) ? host : undefined;
  };
  const pieces = fc.constantFrom(
    'http://',
    'HTTPS://',
    'https:',
    'http',
    '//',
    'www.',
    'example',
    '.cn',
    '.com.cn',
    '.',
    ':',
    ':8080',
    ':0',
    ':123456',
    ':000080',
    ':00080',
    ':65536',
    '/',
    '/a b',
    '?q=1',
    '#x',
    ' ',
    '\u3000',
    'İ',
    'K',
    '例子',
    '中国',
    '-',
    'ftp://',
  );
  const urls = fc.oneof(
    fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
    fc.string({ maxLength: 16 }),
  );

  it('agrees on any text', () => {
    fc.assert(
      fc.property(urls, (value) => {
        expect(webUrlHost(value)).toBe(reference(value));
      }),
      { numRuns: 8000 },
    );
  });
});
