import { isIP } from 'node:net';

// No test may reach the internet: outbound fetches to anything but loopback fail loudly.
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
  );
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback =
    host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
  if (!loopback) throw new Error(`Test tried to reach the network: ${url.href}`);
  return realFetch(input, init);
}) as typeof fetch;
