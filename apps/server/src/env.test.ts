import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadStorageConfig, secretsFile } from './env.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-env-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'x'.repeat(40);

describe('loadConfig', () => {
  it('defaults to demo mode, 127.0.0.1:3002 and a SQLite file in the data folder', () => {
    const dataDir = tempDir();
    const config = loadConfig({ GONGKAI_DATA_DIR: dataDir });
    expect(config).toMatchObject({
      mode: 'demo',
      dataDir,
      databaseUrl: path.join(dataDir, 'gongkai.sqlite'),
      filesDir: path.join(dataDir, 'files'),
      host: '127.0.0.1',
      port: 3002,
      piiAllowList: [],
      uploadMaxBytes: 50 * 1024 * 1024,
    });
  });

  it('resolves the default data folder against the monorepo root, wherever it is started', () => {
    const fromApp = loadStorageConfig({}, path.resolve('.'));
    const fromRoot = loadStorageConfig({}, path.resolve('../..'));
    expect(fromApp.dataDir).toBe(fromRoot.dataDir);
    expect(fromRoot.dataDir).toBe(path.resolve('../../data'));
  });

  it('generates the secrets once into secrets.json (mode 0600) and reuses them', () => {
    const dataDir = tempDir();
    const first = loadConfig({ GONGKAI_DATA_DIR: dataDir });
    const second = loadConfig({ GONGKAI_DATA_DIR: dataDir, GONGKAI_MODE: 'test' });
    expect(second.secrets).toEqual(first.secrets);
    expect(first.secrets.internalToken).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(Object.values(first.secrets)).size).toBe(3);
    expect(statSync(secretsFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(secretsFile(dataDir), 'utf8'))).toEqual(first.secrets);
  });

  it('lets variables override the stored secrets', () => {
    const dataDir = tempDir();
    const config = loadConfig({ GONGKAI_DATA_DIR: dataDir, GONGKAI_INTERNAL_TOKEN: SECRET });
    expect(config.secrets.internalToken).toBe(SECRET);
  });

  it('refuses production without its secrets, naming the missing variables', () => {
    const dataDir = tempDir();
    expect(() => loadConfig({ GONGKAI_DATA_DIR: dataDir, NODE_ENV: 'production', GONGKAI_DATA_KEY: SECRET })).toThrow(
      /GONGKAI_INTERNAL_TOKEN, GONGKAI_SESSION_SECRET/,
    );
    expect(() => loadConfig({ GONGKAI_DATA_DIR: dataDir, GONGKAI_MODE: 'production' })).toThrow(ConfigError);
  });

  it('starts production with its secrets and writes none to disk', () => {
    const dataDir = tempDir();
    const config = loadConfig({
      GONGKAI_DATA_DIR: dataDir,
      NODE_ENV: 'production',
      GONGKAI_INTERNAL_TOKEN: SECRET,
      GONGKAI_SESSION_SECRET: SECRET + 'a',
      GONGKAI_DATA_KEY: SECRET + 'b',
    });
    expect(config.mode).toBe('production');
    expect(config.secrets.dataKey).toBe(SECRET + 'b');
    expect(() => statSync(secretsFile(dataDir))).toThrow();
  });

  it('reads the port, the upload limit, the allow list and a PostgreSQL URL', () => {
    const config = loadConfig({
      GONGKAI_DATA_DIR: tempDir(),
      API_HOST: '0.0.0.0',
      API_PORT: '4100',
      GONGKAI_UPLOAD_MAX_MB: '2',
      GONGKAI_PII_ALLOWLIST: '0753-4411234, 13800138000,,12345',
      DATABASE_URL: 'postgres://u@db/gongkai',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 4100,
      uploadMaxBytes: 2 * 1024 * 1024,
      piiAllowList: ['0753-4411234', '13800138000', '12345'],
      databaseUrl: 'postgres://u@db/gongkai',
    });
  });

  it('explains invalid values in English', () => {
    const env = {
      GONGKAI_DATA_DIR: tempDir(),
      API_PORT: 'abc',
      GONGKAI_MODE: 'staging',
      GONGKAI_SESSION_SECRET: 'short',
    };
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('API_PORT must be a number');
    expect(message).toContain('GONGKAI_MODE must be one of: demo, production, test');
    expect(message).toContain('GONGKAI_SESSION_SECRET must be at least 32 characters long');
  });
});
