import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../forms/field-errors.ts';
import { type ModelUsage, modelApi } from '../api.ts';

/** Loads model usage over the last `days` days; `reload` fetches it again. */
export function useModelUsage(days: number) {
  const [usage, setUsage] = useState<ModelUsage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    setError(null);
    try {
      setUsage(await modelApi.usage(days));
    } catch (e) {
      setError(describeError(e));
    }
  }, [days]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { usage, error, reload, setUsage };
}
