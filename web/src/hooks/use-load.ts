import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../forms/field-errors.ts';

/** The state of one request: its data, a readable error, and whether it is under way. */
export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` now and whenever `deps` change; a late answer to an older call is dropped so a
 * quick change of selection never shows stale numbers.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const call = useRef(0);
  const run = useCallback(() => {
    const mine = ++call.current;
    setLoading(true);
    setError(null);
    load().then(
      (d) => {
        if (mine !== call.current) return;
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== call.current) return;
        setError(describeError(e));
        setLoading(false);
      },
    );
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the inputs.
  }, deps);
  useEffect(run, [run]);
  return { data, error, loading, reload: run };
}
