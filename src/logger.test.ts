import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asyncLineWriter, createLogger } from './logger.ts';

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

describe('asynchronous log lines', () => {
  it('queues lines without blocking, and every line arrives, redacted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skilltrace-log-'));
    const file = join(dir, 'out.log');
    const out = asyncLineWriter(file);
    const log = createLogger('info', { requestId: 'r1', token: 'st_secret' }, out.write);
    for (let i = 0; i < 2_000; i++) log.info('request', { i, authorization: 'Bearer st_abc' });
    await out.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    rmSync(dir, { recursive: true, force: true });
    expect(lines).toHaveLength(2_000);
    expect(JSON.parse(lines[1_999]!)).toMatchObject({ i: 1_999, requestId: 'r1', level: 'info' });
    expect(lines.join('\n')).not.toMatch(/st_secret|st_abc/);
  });
});
