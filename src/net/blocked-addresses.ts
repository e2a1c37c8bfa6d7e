import { isIP } from 'node:net';

type V4Range = readonly [base: number, bits: number];

function v4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

function range(cidr: string): V4Range {
  const [base, bits] = cidr.split('/') as [string, string];
  return [v4(base) ?? 0, Number(bits)];
}

// Everything that is not the public internet: "this network", private, CGNAT, loopback,
// link-local, IETF/documentation/benchmark nets, multicast, reserved and broadcast.
const BLOCKED_V4: readonly V4Range[] = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
].map(range);

function inV4(n: number, [base, bits]: V4Range): boolean {
  const size = 2 ** (32 - bits);
  return n >= base && n < base + size;
}

/** Parses an IPv6 literal (optionally with a zone or an embedded dotted quad) into 8 hextets. */
export function parseIpv6(text: string): number[] | undefined {
  let s = text.toLowerCase().replace(/^\[|\]$/g, '');
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted?.[1]) {
    const n = v4(dotted[1]);
    if (n === undefined) return undefined;
    s = `${s.slice(0, dotted.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const out: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return undefined;
    out.push(Number.parseInt(g, 16));
  }
  return out;
}

function embeddedV4(h: number[], at: number): string {
  const hi = h[at] ?? 0;
  const lo = h[at + 1] ?? 0;
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

function blockedV6(h: number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = h;
  const zeros = (n: number) => h.slice(0, n).every((x) => x === 0);
  if (zeros(8)) return true; // :: unspecified
  if (zeros(7) && h[7] === 1) return true; // ::1 loopback
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d) and the deprecated
  // IPv4-compatible form (::a.b.c.d) all reach an IPv4 host: judge that host.
  if (zeros(5) && f === 0xffff) return isBlockedAddress(embeddedV4(h, 6));
  if (zeros(4) && e === 0xffff && f === 0) return isBlockedAddress(embeddedV4(h, 6));
  if (zeros(6)) return isBlockedAddress(embeddedV4(h, 6));
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) {
    return isBlockedAddress(embeddedV4(h, 6)); // NAT64 well-known prefix
  }
  if (a === 0x64 && b === 0xff9b && c === 1) return true; // local-use NAT64
  if (a === 0x2002) return isBlockedAddress(embeddedV4(h, 1)); // 6to4
  if (a === 0x100 && b === 0 && c === 0 && d === 0) return true; // discard-only
  if (a === 0x2001 && b === 0xdb8) return true; // documentation
  if (a === 0x2001 && b < 0x200) return true; // IETF protocol assignments (incl. Teredo)
  if ((a & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return true; // link-local
  if ((a & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((a & 0xff00) === 0xff00) return true; // multicast
  return false;
}

/**
 * True when `ip` (an IPv4 or IPv6 literal) is not a public internet address: loopback,
 * private, link-local, CGNAT, multicast, unspecified, reserved, documentation, or an IPv6
 * form that embeds such an IPv4 address. Unparseable input counts as blocked.
 */
export function isBlockedAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  const kind = isIP(bare.split('%')[0] ?? '');
  if (kind === 4) {
    const n = v4(bare);
    return n === undefined || BLOCKED_V4.some((r) => inV4(n, r));
  }
  if (kind === 6) {
    const h = parseIpv6(bare);
    return h === undefined || blockedV6(h);
  }
  return true;
}
