import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('logger', () => {
  it('writes one JSON object per line and never a secret', () => {
    const lines: string[] = [];
    const log = createLogger('info', { service: 'x' }, (l) => lines.push(l));
    log.info('signed in', {
      password: 'hunter2',
      apiKey: 'sk-123',
      nested: { authorization: 'Bearer st_abc', ok: 1 },
    });
    log.debug('hidden');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]!);
    expect(row).toMatchObject({
      level: 'info',
      msg: 'signed in',
      service: 'x',
      password: '[redacted]',
      apiKey: '[redacted]',
      nested: { authorization: '[redacted]', ok: 1 },
    });
    expect(lines[0]).not.toMatch(/hunter2|sk-123|st_abc/);
  });

  it('keeps its own level when a field is called level', () => {
    const lines: string[] = [];
    createLogger('info', {}, (l) => lines.push(l)).info('credential issued', {
      level: 'foundational',
    });
    expect(JSON.parse(lines[0]!).level).toBe('info');
  });
});
