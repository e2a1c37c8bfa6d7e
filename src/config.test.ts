import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ~/.skilltrace on 127.0.0.1:3000 with no model', () => {
    const c = loadConfig({}, { home: '/home/ana', cwd: '/work' });
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/home/ana/.skilltrace',
      databaseUrl: undefined,
      llm: undefined,
      publicUrl: 'http://127.0.0.1:3000',
    });
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', SKILLTRACE_SECRET_KEY: 'short' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/SKILLTRACE_SECRET_KEY: must be 64 hex/);
    }
  });

  it('configures an OpenAI-compatible model from a base URL and model name', () => {
    const c = loadConfig({
      SKILLTRACE_LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      SKILLTRACE_LLM_MODEL: 'llama3.1',
    });
    expect(c.llm).toMatchObject({
      provider: 'openai-compatible',
      model: 'llama3.1',
      baseUrl: 'http://127.0.0.1:11434/v1',
    });
    expect(() => loadConfig({ SKILLTRACE_LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(
      /SKILLTRACE_LLM_MODEL/,
    );
  });

  it('resolves a relative data folder against the working directory', () => {
    expect(loadConfig({ SKILLTRACE_DATA_DIR: 'data-here' }, { cwd: '/srv/app' }).dataDir).toBe(
      '/srv/app/data-here',
    );
  });
});
