import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The server's configuration. This is the only module that reads `process.env`; everything else
 * receives a `Config`, so tests can build one for a temporary data folder.
 */
export type Mode = 'demo' | 'production' | 'test';

export interface Secrets {
  /** Shared with the two SvelteKit servers; required on every request but /health. */
  internalToken: string;
  sessionSecret: string;
  /** Encrypts applicants' personal data. */
  dataKey: string;
}

/** What commands that only touch storage (the CLI) need. */
export interface StorageConfig {
  mode: Mode;
  dataDir: string;
  /** `postgres://…` or a SQLite file path. */
  databaseUrl: string;
  /** Uploaded and generated files. */
  filesDir: string;
}

export interface Config extends StorageConfig {
  host: string;
  port: number;
  secrets: Secrets;
  piiAllowList: string[];
  uploadMaxBytes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SECRET_VARS = {
  internalToken: 'GONGKAI_INTERNAL_TOKEN',
  sessionSecret: 'GONGKAI_SESSION_SECRET',
  dataKey: 'GONGKAI_DATA_KEY',
} as const satisfies Record<keyof Secrets, string>;

const MIN_SECRET_LENGTH = 32;

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const secret = (name: string) =>
  optionalText.refine((s) => s === undefined || s.length >= MIN_SECRET_LENGTH, {
    message: `${name} must be at least ${MIN_SECRET_LENGTH} characters long`,
  });

const envSchema = z.object({
  NODE_ENV: optionalText,
  GONGKAI_MODE: z
    .enum(['demo', 'production', 'test'], { message: 'GONGKAI_MODE must be one of: demo, production, test' })
    .optional(),
  GONGKAI_DATA_DIR: optionalText,
  DATABASE_URL: optionalText,
  API_HOST: optionalText,
  API_PORT: z.coerce
    .number({ message: 'API_PORT must be a number' })
    .int('API_PORT must be an integer')
    .min(0, 'API_PORT must be between 0 and 65535')
    .max(65535, 'API_PORT must be between 0 and 65535')
    .optional(),
  GONGKAI_INTERNAL_TOKEN: secret('GONGKAI_INTERNAL_TOKEN'),
  GONGKAI_SESSION_SECRET: secret('GONGKAI_SESSION_SECRET'),
  GONGKAI_DATA_KEY: secret('GONGKAI_DATA_KEY'),
  GONGKAI_PII_ALLOWLIST: optionalText,
  GONGKAI_UPLOAD_MAX_MB: z.coerce
    .number({ message: 'GONGKAI_UPLOAD_MAX_MB must be a number' })
    .positive('GONGKAI_UPLOAD_MAX_MB must be greater than 0')
    .max(1024, 'GONGKAI_UPLOAD_MAX_MB must be at most 1024')
    .optional(),
});

/** Treats empty strings like unset variables, as shells and .env files often produce them. */
function presentOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

/**
 * The monorepo root when started from inside it (so `./data` means the same folder whether the
 * server is started from the root or from apps/server); otherwise the working directory.
 */
export function projectRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

type ParsedEnv = z.infer<typeof envSchema>;

function parseEnv(env: Record<string, string | undefined>): ParsedEnv {
  const parsed = envSchema.safeParse(presentOnly(env));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'environment'}: ${i.message}`);
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}

function storageConfig(e: ParsedEnv, cwd: string): StorageConfig {
  const mode: Mode = e.GONGKAI_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'demo');
  const dataDir = e.GONGKAI_DATA_DIR ? path.resolve(cwd, e.GONGKAI_DATA_DIR) : path.join(projectRoot(cwd), 'data');
  return {
    mode,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? path.join(dataDir, 'gongkai.sqlite'),
    filesDir: path.join(dataDir, 'files'),
  };
}

/** Storage settings only: the CLI needs no secrets, so an operator can run it before setting them. */
export function loadStorageConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): StorageConfig {
  return storageConfig(parseEnv(env), cwd);
}

export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const e = parseEnv(env);
  const storage = storageConfig(e, cwd);
  const fromEnv: Partial<Secrets> = {
    internalToken: e.GONGKAI_INTERNAL_TOKEN,
    sessionSecret: e.GONGKAI_SESSION_SECRET,
    dataKey: e.GONGKAI_DATA_KEY,
  };
  return {
    ...storage,
    host: e.API_HOST ?? '127.0.0.1',
    port: e.API_PORT ?? 3002,
    secrets: storage.mode === 'production' ? requireSecrets(fromEnv) : ensureLocalSecrets(storage.dataDir, fromEnv),
    piiAllowList: (e.GONGKAI_PII_ALLOWLIST ?? '')
      .split(/[,，\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    uploadMaxBytes: Math.floor((e.GONGKAI_UPLOAD_MAX_MB ?? 50) * 1024 * 1024),
  };
}

function requireSecrets(fromEnv: Partial<Secrets>): Secrets {
  const missing = (Object.keys(SECRET_VARS) as (keyof Secrets)[]).filter((k) => !fromEnv[k]).map((k) => SECRET_VARS[k]);
  if (missing.length > 0) {
    throw new ConfigError(
      `Production mode refuses to start without its secrets. Set ${missing.join(', ')} ` +
        `(each a random string of at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -hex 32\`). ` +
        'GONGKAI_INTERNAL_TOKEN must be the same value the site and console servers use.',
    );
  }
  return fromEnv as Secrets;
}

const storedSecretsSchema = z.object({
  internalToken: z.string().min(MIN_SECRET_LENGTH),
  sessionSecret: z.string().min(MIN_SECRET_LENGTH),
  dataKey: z.string().min(MIN_SECRET_LENGTH),
});

/**
 * Demo and test runs keep generated secrets in `<data>/secrets.json` (mode 0600) so encrypted
 * data and the token the front ends read stay valid across restarts. Variables still win.
 */
function ensureLocalSecrets(dataDir: string, fromEnv: Partial<Secrets>): Secrets {
  const file = secretsFile(dataDir);
  let stored: Secrets;
  if (existsSync(file)) {
    const parsed = storedSecretsSchema.safeParse(readJson(file));
    if (!parsed.success)
      throw new ConfigError(
        `${file} is damaged; delete it to generate new secrets (encrypted personal data would become unreadable).`,
      );
    stored = parsed.data;
  } else {
    mkdirSync(dataDir, { recursive: true });
    stored = { internalToken: generateSecret(), sessionSecret: generateSecret(), dataKey: generateSecret() };
    // Written whole to a private temporary file, then linked into place: another process starting
    // at the same moment either sees no file or a complete one, and if it won the race, we use its.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return ensureLocalSecrets(dataDir, fromEnv);
    } finally {
      unlinkSync(temp);
    }
  }
  chmodSync(file, 0o600);
  return {
    internalToken: fromEnv.internalToken ?? stored.internalToken,
    sessionSecret: fromEnv.sessionSecret ?? stored.sessionSecret,
    dataKey: fromEnv.dataKey ?? stored.dataKey,
  };
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export const secretsFile = (dataDir: string) => path.join(dataDir, 'secrets.json');

const generateSecret = () => randomBytes(32).toString('hex');
