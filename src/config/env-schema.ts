import { z } from 'zod';
import { reportCategories } from '../modules/reports/index.ts';

// The environment's shape: each variable in config-variables.ts, validated and defaulted.
const port = z.coerce
  .number()
  .int()
  .min(0, 'must be a port number from 0 to 65535')
  .max(65535, 'must be a port number from 0 to 65535');

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes encoded as base64');

export const envSchema = z.object({
  LINEBREAK_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LINEBREAK_DATA_DIR: z.string().min(1).default('./data'),
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d{1,5}(kB|MB|GB)$/, 'must be a size such as 32MB')
    .default('32MB'),
  LINEBREAK_AUDIT_CHECKPOINTS: z.string().min(1).optional(),
  PUBLIC_HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_PORT: port.default(3000),
  STAFF_HOST: z.string().min(1).default('127.0.0.1'),
  STAFF_PORT: port.default(3001),
  PUBLIC_BASE_URL: z.url().optional(),
  STAFF_BASE_URL: z.url().optional(),
  LINEBREAK_DATA_KEY: base64Key.optional(),
  LINEBREAK_RECEIPT_KEY: base64Key.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  CORRELATION_WINDOW_DAYS: z.coerce.number().int().min(1).max(366).default(28),
  CORRELATION_TRAP_HOUSE_REPORTS: z.coerce.number().int().min(2).max(100).default(3),
  CORRELATION_DEAL_LINE_REPORTS: z.coerce.number().int().min(1).max(100).default(2),
  CORRELATION_VEHICLE_FLAGGED_ADDRESSES: z.coerce.number().int().min(1).max(100).default(2),
  STAFF_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  STAFF_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  OIDC_ISSUER_URL: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_ROLE_MAP: z
    .string()
    .regex(/^\s*[^=,]+=[a-z_]+\s*(,\s*[^=,]+=[a-z_]+\s*)*$/, 'must be value=role pairs separated by commas')
    .optional(),
  OIDC_LABEL: z.string().min(1).max(80).optional(),
  STAFF_MAP_STYLE_URL: z
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .optional(),
  REVIEW_AFTER_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
  REVIEW_AFTER_DAYS_SAFEGUARDING: z.coerce.number().int().min(1).max(36_500).default(2190),
  WARRANT_VALIDITY_MONTHS: z.coerce.number().int().min(1).max(3).default(1),
  STRATEGY_DISCUSSION_HOURS: z.coerce.number().int().min(1).max(240).default(24),
  DIVERSION_MIN_AGE: z.coerce.number().int().min(10).max(100).default(18),
  DIVERSION_DRUG_CLASSES: z
    .string()
    .regex(/^\s*[ABC]\s*(,\s*[ABC]\s*)*$/, 'must be drug classes A, B or C separated by commas')
    .default('B,C'),
  DIVERSION_MAX_PRIOR_OFFENCES: z.coerce.number().int().min(0).max(20).default(0),
  TREATMENT_SERVICE_NAME: z.string().trim().min(3).max(120).default('Hertfordshire’s drug and alcohol services'),
  TREATMENT_SERVICE_PHONE: z
    .string()
    .regex(/^[0-9 +()]{6,30}$/, 'must be a phone number (digits, spaces, + and brackets)')
    .optional(),
  TREATMENT_SERVICE_URL: z
    .url()
    .regex(/^https:\/\//, 'must be an https:// URL')
    .optional(),
  DISCLOSURE_DELAY_MONTHS: z.coerce.number().int().min(1).max(12).default(1),
  DISCLOSURE_MIN_COUNT: z.coerce.number().int().min(3).max(20).default(5),
  DISCLOSURE_PERIOD_MONTHS: z.coerce
    .number()
    .int()
    .refine((n) => [1, 2, 3, 4, 6, 12].includes(n), 'must divide the year: 1, 2, 3, 4, 6 or 12')
    .default(4),
  REVIEW_AFTER_DAYS_BY_CATEGORY: z
    .string()
    .regex(/^\s*[a-z_]+=\d{1,5}\s*(,\s*[a-z_]+=\d{1,5}\s*)*$/, 'must be category=days pairs separated by commas')
    .refine(
      (value) => value.split(',').every((pair) => (pair.split('=')[0]?.trim() ?? '') in reportCategories),
      `names a category that does not exist (known: ${Object.keys(reportCategories).join(', ')})`,
    )
    .default('drug_use=180'),
});

export type EnvValues = z.infer<typeof envSchema>;
