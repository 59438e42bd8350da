/**
 * Domain names as filed: lower-case, no scheme, no path, no trailing dot. The
 * registrable domain is the label left of a public suffix; the suffix list below holds
 * the multi-label suffixes a mainland filing meets (CNNIC's second-level and province
 * domains under .cn). Single-label TLDs need no list.
 */
import { memoByText } from './memo';

/**
 * The .cn section of the Public Suffix List (ICANN part, "Submitted by registry" CNNIC),
 * https://publicsuffix.org/list/public_suffix_list.dat, as data: the second-level suffixes
 * under .cn, in the list's order. Checked against the list in the table test.
 */
export const PSL_CN_SECOND_LEVEL = [
  'ac',
  'com',
  'edu',
  'gov',
  'net',
  'org',
  'mil',
  '公司',
  '网络',
  '網絡',
  // cn geographic names
  'ah',
  'bj',
  'cq',
  'fj',
  'gd',
  'gs',
  'gz',
  'gx',
  'ha',
  'hb',
  'he',
  'hi',
  'hl',
  'hn',
  'jl',
  'js',
  'jx',
  'ln',
  'nm',
  'nx',
  'qh',
  'sc',
  'sd',
  'sh',
  'sn',
  'sx',
  'tj',
  'xj',
  'xz',
  'yn',
  'zj',
  'hk',
  'mo',
  'tw',
] as const;

/** The Chinese-script suffixes' A-labels (IDNA ToASCII): a host typed in punycode has the same suffix. */
const PUNYCODE: Record<string, string> = { 公司: 'xn--55qx5d', 网络: 'xn--io0a7i', 網絡: 'xn--od0alg' };

const MULTI_LABEL_SUFFIXES = new Set(PSL_CN_SECOND_LEVEL.flatMap((label) => [`${label}.cn`, ...(PUNYCODE[label] ? [`${PUNYCODE[label]}.cn`] : [])]));

/**
 * The suffixes reserved for government bodies: .gov.cn and CONAC's Chinese TLD .政务, in
 * Unicode and as its A-label (xn--zfr164b). Compared with `publicSuffix()` of a lower-case host.
 */
export const GOVERNMENT_SUFFIXES: readonly string[] = ['gov.cn', '政务', 'xn--zfr164b'];

/** Whether `value` is made of a–z, 0–9, '.' and '-' only: how almost every filed domain is typed. */
function isPlainAsciiHost(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46 || code === 45)) return false;
  }
  return true;
}

/** "https://WWW.Example.com:8080/path" → "www.example.com"; returns the host part people meant. */
export function hostOf(value: string): string {
  // Nothing to strip from a plain lower-case host without a trailing dot (no scheme, port or path can be in it).
  if (isPlainAsciiHost(value) && value.charCodeAt(value.length - 1) !== 46) return value;
  return withoutPath(
    value
      .trim()
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, ''),
  )
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
}

/**
 * Cuts the path, query or fragment: from the first /, ? or # after the last line break (where
 * `/[/?#].*$/` matched: its `.` stops at a line break) to the end. One forward search, so the
 * work is linear (that pattern rescanned the rest of the text from every delimiter before a break).
 */
function withoutPath(value: string): string {
  const lastBreak = Math.max(value.lastIndexOf('\n'), value.lastIndexOf('\r'), value.lastIndexOf('\u2028'), value.lastIndexOf('\u2029'));
  const delimiter = /[/?#]/g;
  delimiter.lastIndex = lastBreak + 1;
  const found = delimiter.exec(value);
  return found ? value.slice(0, found.index) : value;
}

/**
 * A label: ASCII letters, digits and inner hyphens, or letters of any script (例子).
 * Punctuation is not a letter, so an IME full stop (例子。中国) or a full-width comma
 * never hides inside a label.
 */
const LABEL = /^(?!-)[\p{L}\p{M}\p{Nd}-]{1,63}(?<!-)$/u;
/** TLD: ASCII letters, a punycode A-label (xn--fiqs8s), or non-ASCII letters only (中国, 公益). */
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}|(?:(?!\p{ASCII})[\p{L}\p{M}]){1,63})$/u;

/** Syntactically a host name: at least two labels, an alphabetic TLD; no scheme, port, path or spaces. */
export function isDomainName(value: string): boolean {
  if (isPlainAsciiHost(value)) return isPlainAsciiDomainName(value);
  const host = value.toLowerCase();
  if (host.length > 253 || host !== value.trim().toLowerCase()) return false;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  return TLD.test(labels[labels.length - 1]!);
}

/** isDomainName for a value of a–z, 0–9, '.' and '-' only, where LABEL and TLD reduce to their ASCII forms. */
function isPlainAsciiDomainName(host: string): boolean {
  if (host.length > 253) return false;
  let start = 0;
  let labels = 0;
  while (true) {
    let end = host.indexOf('.', start);
    if (end < 0) end = host.length;
    const length = end - start;
    // LABEL: 1–63 characters, no hyphen at either end.
    if (length < 1 || length > 63 || host.charCodeAt(start) === 45 || host.charCodeAt(end - 1) === 45) return false;
    labels++;
    if (end === host.length) break;
    start = end + 1;
  }
  if (labels < 2) return false;
  // TLD: letters only (2–63), or a punycode A-label xn-- plus 1–59 characters.
  const tld = host.slice(start);
  if (tld.startsWith('xn--')) return tld.length >= 5 && tld.length <= 63;
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) {
    const code = tld.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** The public suffix of a host: com.cn for example.com.cn (and for com.cn itself), cn for example.cn. */
export function publicSuffix(host: string): string {
  const last = host.lastIndexOf('.');
  if (last < 0) return host;
  const previous = last > 0 ? host.lastIndexOf('.', last - 1) : -1;
  const lastTwo = host.slice(previous + 1);
  return MULTI_LABEL_SUFFIXES.has(lastTwo) ? lastTwo : host.slice(last + 1);
}

/** The registrable domain (example.com.cn for a.b.example.com.cn); undefined for a bare suffix (cn, com.cn). Remembered by text. */
export const registrableDomain = memoByText(function registrableDomain(host: string): string | undefined {
  const suffix = publicSuffix(host);
  if (host.length <= suffix.length + 1) return undefined;
  const rest = host.slice(0, host.length - suffix.length - 1);
  return `${rest.slice(rest.lastIndexOf('.') + 1)}.${suffix}`;
});

/** Number of labels: example.com = 2, a.example.com = 3. */
export function domainLevel(host: string): number {
  return host.split('.').length;
}

/**
 * Level counted from the public suffix, the way filing guides count it: the registrable
 * domain is level 2 (example.com, example.com.cn), a.example.com.cn is level 3.
 */
export function levelFromSuffix(host: string): number {
  return domainLevel(host) - domainLevel(publicSuffix(host)) + 1;
}

export function isSubdomainOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * A homepage URL as the filing form takes it: optional http/https scheme, a host name,
 * optional port, optional path/query. Returns the host, or undefined when the text is
 * not such a URL (another scheme, spaces, an IP literal, a bad host). Remembered by text (memo.ts).
 */
export const webUrlHost = memoByText(function webUrlHost(value: string): string | undefined {
  const text = value.trim();
  // What /^(?:(https?):\/\/)?([^/?#\s:]+)(?::(\d{1,5}))?(?:[/?#]\S*)?$/i matches: with the scheme
  // when one is written and the rest fits, else the whole text as host[:port][path].
  const scheme = schemeLength(text);
  const hostAndPort = (scheme > 0 ? splitUrl(text, scheme) : undefined) ?? splitUrl(text, 0);
  if (!hostAndPort) return undefined;
  const [hostPart, port] = hostAndPort;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  const lower = hostPart.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return isDomainName(host) ? host : undefined;
});

/** Length of a leading http:// or https:// (any case), else 0. */
function schemeLength(text: string): number {
  const lower = text.slice(0, 8).toLowerCase();
  return lower.startsWith('http://') ? 7 : lower.startsWith('https://') ? 8 : 0;
}

const isUrlSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** `text` from `start` read as host, optional :port (1–5 digits) and optional path (/?# then no spaces); undefined when it is not. */
function splitUrl(text: string, start: number): [string, string | undefined] | undefined {
  let i = start;
  // Host: one or more characters other than / ? # : and white space.
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 58 || isUrlSpace(c)) break;
    i++;
  }
  if (i === start) return undefined;
  const host = text.slice(start, i);
  let port: string | undefined;
  if (i < text.length && text.charCodeAt(i) === 58) {
    const from = ++i;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === from || i - from > 5) return undefined;
    port = text.slice(from, i);
  }
  if (i === text.length) return [host, port];
  const c = text.charCodeAt(i);
  if (c !== 47 && c !== 63 && c !== 35) return undefined;
  for (i++; i < text.length; i++) if (isUrlSpace(text.charCodeAt(i))) return undefined;
  return [host, port];
}
