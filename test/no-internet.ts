import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

/**
 * Imported for its effect by tests that make HTTP calls: a socket to anything but loopback
 * fails (host names are checked after they resolve), so no test can reach the internet,
 * even by mistake. Host names other than localhost do not resolve at all: this machine's
 * resolver answers some names at once and lets others time out after 5 s, which made tests
 * that touch catalog links slow and their timing depend on which names they met.
 */
const marker = Symbol.for('skilltrace.no-internet');
const proto = net.Socket.prototype as net.Socket & { [marker]?: boolean };

function isLoopback(ip: string): boolean {
  return /^127\./.test(ip) || ip === '::1' || /^::ffff:127\./i.test(ip);
}

function refusal(host: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`Tests may not reach the internet (connect to ${host})`), {
    code: 'ENETUNREACH',
  });
}

type Lookup = (host: string, options: dns.LookupOptions, cb: (...a: unknown[]) => void) => void;

if (!proto[marker]) {
  proto[marker] = true;
  const original = proto.connect;
  proto.connect = function patched(this: net.Socket, ...args: unknown[]) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    if (typeof first !== 'object' || first === null) {
      const host = typeof args[1] === 'string' ? args[1] : 'localhost';
      if (host !== 'localhost' && !isLoopback(host)) {
        process.nextTick(() => this.destroy(refusal(host)));
        return this;
      }
      return (original as (...a: unknown[]) => net.Socket).apply(this, args);
    }
    const opts = first as { host?: string; path?: string | null; lookup?: Lookup };
    const host = opts.host ?? 'localhost';
    if (typeof opts.path !== 'string' && net.isIP(host) && !isLoopback(host)) {
      process.nextTick(() => this.destroy(refusal(host)));
      return this;
    }
    if (typeof opts.path !== 'string' && !net.isIP(host)) {
      const inner: Lookup = opts.lookup ?? (dns.lookup as unknown as Lookup);
      opts.lookup = (h, o, cb) =>
        inner(h, o, (err, address, family) => {
          const list = Array.isArray(address)
            ? (address as { address: string }[]).map((a) => a.address)
            : [String(address)];
          if (!err && list.some((a) => !isLoopback(a))) cb(refusal(h), o.all ? [] : '', 4);
          else cb(err, address, family);
        });
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof proto.connect;
}

const dnsMarker = Symbol.for('skilltrace.no-internet.dns');
const dnsState = dns as typeof dns & { [dnsMarker]?: boolean };
if (!dnsState[dnsMarker]) {
  dnsState[dnsMarker] = true;
  const local = (host: string) => host === 'localhost' || net.isIP(host) !== 0;
  const notFound = (host: string) =>
    Object.assign(new Error(`Tests do not resolve internet names (${host})`), {
      code: 'ENOTFOUND',
      hostname: host,
    });
  const lookup = dns.lookup;
  dns.lookup = ((host: string, ...rest: unknown[]) => {
    if (local(host)) return (lookup as (...a: unknown[]) => void)(host, ...rest);
    const cb = rest[rest.length - 1] as (err: Error) => void;
    process.nextTick(() => cb(notFound(host)));
  }) as typeof dns.lookup;
  const lookupP = dns.promises.lookup;
  dns.promises.lookup = ((host: string, ...rest: unknown[]) =>
    local(host)
      ? (lookupP as (...a: unknown[]) => Promise<unknown>)(host, ...rest)
      : Promise.reject(notFound(host))) as typeof dns.promises.lookup;
  syncBuiltinESMExports();
}
