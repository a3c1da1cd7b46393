import { z } from 'zod';

/**
 * Environment variables Baton reads, validated once at start-up. Each entry documents the
 * variable and its expected form; a bad value stops the process with that text.
 */
const environmentSchema = z.object({
  /** HTTP port of the API and the admin UI. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** PostgreSQL connection string; unset means an embedded PostgreSQL under BATON_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a URL such as postgres://user:password@host:5432/baton')
    .optional(),
  /** Port of the embedded PostgreSQL; the next free port is taken when it is busy. */
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(5433),
  /** host:port of a Temporal frontend; unset means a Temporal dev server under BATON_DATA_DIR. */
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'expected host:port, such as 127.0.0.1:7233')
    .optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('baton'),
  /** gRPC port of the Temporal dev server that Baton starts. */
  TEMPORAL_PORT: z.coerce.number().int().min(1024).max(65535).default(7233),
  /** Web UI port of the Temporal dev server that Baton starts. */
  TEMPORAL_UI_PORT: z.coerce.number().int().min(1024).max(65535).default(8233),
  /** Path of a `temporal` CLI binary to use instead of searching PATH and GOPATH. */
  TEMPORAL_CLI: z.string().min(1).optional(),
  /** Folder for the embedded databases and generated secrets. */
  BATON_DATA_DIR: z.string().min(1).default('.data'),
  /** A CPS "School Profile Information" CSV to import at start; unset means a demo district. */
  BATON_SCHOOLS_CSV: z.string().min(1).optional(),
  /** Password of every demo account; unset means a random one, printed at start. */
  BATON_DEMO_PASSWORD: z.string().min(8, 'expected at least 8 characters').optional(),
  /** Whether `npm start` seeds demo expulsion cases (a year of history and open cases in every stage). */
  BATON_DEMO_CASES: z.enum(['true', 'false'], { message: 'expected true or false' }).default('true'),
  /** Key that encrypts Temporal payloads: 32 random bytes in base64; unset means one generated once and kept in BATON_DATA_DIR. */
  BATON_PAYLOAD_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'expected 32 random bytes in base64, such as the output of openssl rand -base64 32')
    .optional(),
  /** Secret that signs access tokens; unset means one generated once and kept in BATON_DATA_DIR. */
  JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  /** Lifetime of an access token, in seconds. */
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).default(8 * 60 * 60),
  /** IANA time zone of the district: school days and deadlines are computed in it. */
  BATON_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'expected an IANA time zone such as America/Chicago')
    .default('America/Chicago'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  port: number;
  databaseUrl?: string;
  embeddedPostgresPort: number;
  temporal: {
    address?: string;
    namespace: string;
    taskQueue: string;
    devServerPort: number;
    devServerUiPort: number;
    cliPath?: string;
  };
  dataDir: string;
  schoolsCsv?: string;
  demoPassword?: string;
  demoCases: boolean;
  /** Key of the payload codec (base64); the worker and every Temporal client need the same one. */
  payloadKey?: string;
  jwt: { secret?: string; ttlSeconds: number };
  timeZone: string;
  logLevel: Environment['LOG_LEVEL'];
}

/** Configuration with the addresses of PostgreSQL and Temporal known, as the worker needs it. */
export type WorkerConfig = Config & {
  databaseUrl: string;
  payloadKey: string;
  temporal: Config['temporal'] & { address: string };
};

/** Configuration with addresses and the token secret known, as the API needs it. */
export type ResolvedConfig = WorkerConfig & { jwt: { secret: string; ttlSeconds: number } };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment and returns Baton's configuration, or throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = env[name];
        const shown = value === undefined ? 'missing' : `"${name.includes('SECRET') || name.includes('PASSWORD') ? '***' : value}"`;

        return `${name} is invalid (${shown}): ${issue.message}`;
      }),
    );
  }

  const e = parsed.data;

  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT,
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      devServerPort: e.TEMPORAL_PORT,
      devServerUiPort: e.TEMPORAL_UI_PORT,
      cliPath: e.TEMPORAL_CLI,
    },
    dataDir: e.BATON_DATA_DIR,
    schoolsCsv: e.BATON_SCHOOLS_CSV,
    demoPassword: e.BATON_DEMO_PASSWORD,
    demoCases: e.BATON_DEMO_CASES === 'true',
    payloadKey: e.BATON_PAYLOAD_KEY,
    jwt: { secret: e.JWT_SECRET, ttlSeconds: e.JWT_TTL_SECONDS },
    timeZone: e.BATON_TIME_ZONE,
    logLevel: e.LOG_LEVEL,
  };
}

/** Checks that the addresses a worker needs are present and narrows the type. */
export function requireWorkerConfig(config: Config): WorkerConfig {
  const missing = missingAddresses(config);
  if (missing.length > 0) throw new ConfigError(missing);

  return config as WorkerConfig;
}

/** Checks that the addresses and the token secret the API needs are present and narrows the type. */
export function requireResolved(config: Config): ResolvedConfig {
  const missing = missingAddresses(config);
  if (!config.jwt.secret) missing.push('JWT_SECRET is missing: set it to a random string of at least 32 characters');
  if (missing.length > 0) throw new ConfigError(missing);

  return config as ResolvedConfig;
}

function missingAddresses(config: Config): string[] {
  const missing: string[] = [];
  if (!config.databaseUrl) missing.push('DATABASE_URL is missing: set it to postgres://user:password@host:5432/baton, or run `npm start`, which starts an embedded PostgreSQL');
  if (!config.temporal.address) missing.push('TEMPORAL_ADDRESS is missing: set it to host:port of a Temporal frontend, or run `npm start`, which starts a dev server');
  if (!config.payloadKey) missing.push('BATON_PAYLOAD_KEY is missing: set it to 32 random bytes in base64 (openssl rand -base64 32), the same for the API and every worker');

  return missing;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });

    return true;
  } catch {
    return false;
  }
}
