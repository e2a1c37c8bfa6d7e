// The part of autocannon's API the HTTP bench uses (the package ships no types).
declare module 'autocannon' {
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: (Request & { setupRequest?: (req: Request) => Request })[];
  }
  interface Histogram {
    average: number;
    p50: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Instance {
    stop(): void;
  }
  function autocannon(opts: Options): Promise<Result>;
  /** With a callback: runs until `duration` or `stop()`, then calls back with the result. */
  function autocannon(opts: Options, cb: (err: unknown, result: Result) => void): Instance;
  export default autocannon;
}
