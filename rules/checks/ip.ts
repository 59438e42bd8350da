/** IPv4 and IPv6 addresses as typed in 起始/终止 IP fields, comparable as numbers. */

export function parseIPv4(value: string): bigint | undefined {
  const parts = value.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    n = (n << 8n) | BigInt(part);
  }
  return n;
}

export function parseIPv6(value: string): bigint | undefined {
  let text = value.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4) is rewritten as its two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
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

export function parseIp(value: string): { version: IpVersion; value: bigint } | undefined {
  const text = value.trim();
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return { version: 4, value: v4 };
  const v6 = text.includes(':') ? parseIPv6(text) : undefined;
  return v6 === undefined ? undefined : { version: 6, value: v6 };
}

/** Private, loopback, link-local and other non-public IPv4 ranges: never a cloud server's public IP. */
export function isNonPublicIPv4(n: bigint): boolean {
  const a = Number(n >> 24n);
  const b = Number((n >> 16n) & 0xffn);
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
}
