import { z } from 'zod';

/** Every setting the server reads from the environment, validated once at start. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  HONGYUAN_DATA_DIR: z.string().default('./data'),
  HONGYUAN_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'HONGYUAN_SECRET_KEY must be 64 hex characters (32 bytes)')
    .optional(),
  HONGYUAN_KEY_FILE: z.string().optional(),
  HONGYUAN_ADMIN_PASSWORD: z.string().optional(),
  HONGYUAN_DEMO: z.enum(['on', 'off']).default('on'),
  HONGYUAN_PARK_CODE: z.string().default('neijiang'),
  HONGYUAN_PARK_NAME: z.string().default('内江经济技术开发区'),
  HONGYUAN_PASSWORD_MIN_LENGTH: z.coerce.number().int().min(6).max(128).default(8),
  HONGYUAN_PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  HONGYUAN_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  HONGYUAN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  HONGYUAN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  HONGYUAN_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  HONGYUAN_COOKIE_SECURE: z.enum(['on', 'off']).default('off'),
  HONGYUAN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type SecurityPolicy = {
  passwordMinLength: number;
  passwordMinClasses: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
};

export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  secretKeyHex?: string;
  keyFile: string;
  adminPassword?: string;
  demo: boolean;
  parkCode: string;
  parkName: string;
  security: SecurityPolicy;
  logLevel: string;
};

export const defaultSecurityPolicy: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  cookieSecure: false,
};

/** Reads and validates the environment; throws one message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as shells and .env files commonly leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.HONGYUAN_DATA_DIR,
    secretKeyHex: e.HONGYUAN_SECRET_KEY,
    keyFile: e.HONGYUAN_KEY_FILE ?? `${e.HONGYUAN_DATA_DIR.replace(/\/$/, '')}.key`,
    adminPassword: e.HONGYUAN_ADMIN_PASSWORD,
    demo: e.HONGYUAN_DEMO === 'on',
    parkCode: e.HONGYUAN_PARK_CODE,
    parkName: e.HONGYUAN_PARK_NAME,
    security: {
      passwordMinLength: e.HONGYUAN_PASSWORD_MIN_LENGTH,
      passwordMinClasses: e.HONGYUAN_PASSWORD_MIN_CLASSES,
      lockoutAttempts: e.HONGYUAN_LOCKOUT_ATTEMPTS,
      lockoutMinutes: e.HONGYUAN_LOCKOUT_MINUTES,
      sessionIdleMinutes: e.HONGYUAN_SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.HONGYUAN_SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.HONGYUAN_COOKIE_SECURE === 'on',
    },
    logLevel: e.HONGYUAN_LOG_LEVEL,
  };
}
