/** IPv4 and IPv6 addresses as typed in 起始/终止 IP fields, comparable as numbers. */
import { memoByText } from './memo';

export function parseIPv4(value: string): bigint | undefined {
  const n = ipv4Number(value);
  return n === undefined ? undefined : BigInt(n);
}

/** parseIPv4 as a plain number (exact: at most 2^32 - 1), read without regexes or splitting. */
function ipv4Number(value: string): number | undefined {
  let n = 0;
  let parts = 0;
  let i = 0;
  while (true) {
    // One part: 1–3 ASCII digits; leading zeros are refused: 010 reads as octal in some tools and as decimal in others.
    const start = i;
    let part = 0;
    while (i < value.length && i - start < 4) {
      const code = value.charCodeAt(i);
      if (code < 48 || code > 57) break;
      part = part * 10 + (code - 48);
      i++;
    }
    const digits = i - start;
    if (digits === 0 || digits > 3 || (digits > 1 && value.charCodeAt(start) === 48) || part > 255) return undefined;
    n = n * 256 + part;
    parts++;
    if (i === value.length) return parts === 4 ? n : undefined;
    if (parts === 4 || value.charCodeAt(i) !== 46 /* . */) return undefined;
    i++;
  }
}

/** Full (8 groups), compressed (::) and embedded-IPv4 (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) forms; no zone ids or brackets. */
export function parseIPv6(value: string): bigint | undefined {
  let text = value.toLowerCase();
  // An embedded IPv4 tail is rewritten as its two hex groups; it must follow a colon.
  const v4 = /(?<=:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = parseIPv4(v4[1]!);
    if (n === undefined) return undefined;
    text = `${text.slice(0, v4.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (![...head, ...tail].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const present = head.length + tail.length;
  if (halves.length === 1 ? present !== 8 : present > 7) return undefined;
  const groups = [...head, ...Array<string>(8 - present).fill('0'), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
}

export type IpVersion = 4 | 6;
export interface ParsedIp {
  readonly version: IpVersion;
  readonly value: bigint;
}

/** An IPv4 or IPv6 address, surrounding spaces ignored; remembered by text (memo.ts). */
export const parseIp = memoByText(function parseIp(value: string): ParsedIp | undefined {
  const text = value.trim();
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return { version: 4, value: v4 };
  const v6 = text.includes(':') ? parseIPv6(text) : undefined;
  return v6 === undefined ? undefined : { version: 6, value: v6 };
});

function inPrefix(n: bigint, bits: number, prefix: bigint, length: number): boolean {
  const shift = BigInt(bits - length);
  return n >> shift === prefix >> shift;
}

/** IPv4 blocks that are never a cloud server's public address (RFC 6890 special-purpose, multicast, reserved). */
const NON_PUBLIC_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 3], // multicast 224/4 and reserved 240/4, broadcast
];

/** The blocks as [first, last] addresses (numbers), read once. */
const NON_PUBLIC_V4_RANGES: readonly (readonly [number, number])[] = NON_PUBLIC_V4.map(([block, length]) => {
  const first = ipv4Number(block)!;
  return [first, first + 2 ** (32 - length) - 1] as const;
});

/** Private, loopback, link-local and other non-public IPv4 ranges: never a cloud server's public IP. */
export function isNonPublicIPv4(n: bigint): boolean {
  // Exact: a bigint converts to a number in [0, 2^32 - 1] exactly when it lies in that range.
  const value = Number(n);
  if (!(value >= 0 && value <= 0xffffffff)) return NON_PUBLIC_V4.some(([block, length]) => inPrefix(n, 32, parseIPv4(block)!, length));
  for (let i = 0; i < NON_PUBLIC_V4_RANGES.length; i++) {
    const range = NON_PUBLIC_V4_RANGES[i]!;
    if (value >= range[0] && value <= range[1]) return true;
  }
  return false;
}

const GLOBAL_UNICAST = parseIPv6('2000::')!;
const DOCUMENTATION_V6 = parseIPv6('2001:db8::')!;

/**
 * Only global unicast (2000::/3) is public IPv6; inside it the documentation prefix
 * 2001:db8::/32 is not. Everything else — ::, ::1, IPv4-mapped ::ffff:0:0/96,
 * unique-local fc00::/7, link-local fe80::/10, multicast ff00::/8 — is refused.
 */
export function isNonPublicIPv6(n: bigint): boolean {
  return !inPrefix(n, 128, GLOBAL_UNICAST, 3) || inPrefix(n, 128, DOCUMENTATION_V6, 32);
}

export function isPublicIp(ip: ParsedIp): boolean {
  return ip.version === 4 ? !isNonPublicIPv4(ip.value) : !isNonPublicIPv6(ip.value);
}
