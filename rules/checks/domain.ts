/**
 * Domain names as filed: lower-case, no scheme, no path, no trailing dot. The
 * registrable domain is the label left of a public suffix; the suffix list below holds
 * the multi-label suffixes a mainland filing meets (CNNIC's second-level and province
 * domains under .cn). Single-label TLDs need no list.
 */
const CN_SECOND_LEVEL = [
  'com', 'net', 'org', 'gov', 'edu', 'ac', 'mil',
  'bj', 'sh', 'tj', 'cq', 'he', 'sx', 'nm', 'ln', 'jl', 'hl', 'js', 'zj', 'ah', 'fj', 'jx', 'sd', 'ha',
  'hb', 'hn', 'gd', 'gx', 'hi', 'sc', 'gz', 'yn', 'xz', 'sn', 'gs', 'qh', 'nx', 'xj', 'tw', 'hk', 'mo',
];
const MULTI_LABEL_SUFFIXES = new Set(CN_SECOND_LEVEL.map((label) => `${label}.cn`));

/** "https://WWW.Example.com/path" → "www.example.com"; returns the host part people meant. */
export function hostOf(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
}

const LABEL = /^(?!-)[a-z0-9\u00a1-\uffff-]{1,63}(?<!-)$/u;

/** Syntactically a host name: labels of letters, digits (any script) and inner hyphens; an alphabetic TLD. */
export function isDomainName(value: string): boolean {
  const host = value.toLowerCase();
  if (host.length > 253 || host !== value.trim().toLowerCase()) return false;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  const tld = labels[labels.length - 1]!;
  return /^(?:[a-z]{2,63}|xn--[a-z0-9-]+|[\u00a1-\uffff]{1,63})$/u.test(tld);
}

export function publicSuffix(host: string): string {
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.length > 2 && MULTI_LABEL_SUFFIXES.has(lastTwo) ? lastTwo : labels[labels.length - 1]!;
}

/** The registrable domain (example.com.cn for a.b.example.com.cn); undefined for a bare suffix. */
export function registrableDomain(host: string): string | undefined {
  const suffix = publicSuffix(host);
  const rest = host.slice(0, host.length - suffix.length - 1);
  if (!rest) return undefined;
  return `${rest.split('.').pop()}.${suffix}`;
}

/** Number of labels: example.com = 2, a.example.com = 3. */
export function domainLevel(host: string): number {
  return host.split('.').length;
}

export function isSubdomainOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
