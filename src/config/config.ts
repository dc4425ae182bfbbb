import { join } from 'node:path';
import { z } from 'zod';
import { reportCategories } from '../modules/reports/index.ts';

// Every setting Linebreak reads from the environment, parsed once at start-up. The table in
// README.md is written from the descriptions here; config.test.ts fails if the two drift apart.
export const configVariables = {
  LINEBREAK_ENV: 'development, test or production. Production refuses demo data and requires DATABASE_URL and keys.',
  DATABASE_URL: 'PostgreSQL connection string. Unset: the embedded PGlite database under LINEBREAK_DATA_DIR.',
  LINEBREAK_DATA_DIR: 'Folder for the embedded database, generated keys and stored files (default ./data).',
  PGLITE_SHARED_BUFFERS:
    "The embedded database's shared_buffers, inside the server's memory (default 32MB; PGlite's own default is 128MB). Set when the database is opened.",
  LINEBREAK_AUDIT_CHECKPOINTS:
    'File the signed audit checkpoints are appended to (default LINEBREAK_DATA_DIR/audit-checkpoints.log). Ship it off the server, like the logs.',
  PUBLIC_HOST: 'Address the public reporting site listens on (default 127.0.0.1).',
  PUBLIC_PORT: 'Port of the public reporting site (default 3000).',
  STAFF_HOST: 'Address the staff site and API listen on (default 127.0.0.1).',
  STAFF_PORT: 'Port of the staff site and API (default 3001).',
  PUBLIC_BASE_URL: 'Public site URL as reporters see it, used in links (default http://PUBLIC_HOST:PUBLIC_PORT).',
  STAFF_BASE_URL: 'Staff site URL as staff see it, used in the setup link (default http://STAFF_HOST:STAFF_PORT).',
  LINEBREAK_DATA_KEY:
    'Base64 32-byte key that encrypts report content and contact details. Required in production; in development it is generated into LINEBREAK_DATA_DIR/keys.',
  LINEBREAK_RECEIPT_KEY:
    'Base64 32-byte key for the keyed hash of receipt codes. Required in production; generated in development.',
  LOG_LEVEL: 'fatal, error, warn, info, debug or trace (default info; silent in tests).',
  TRUST_PROXY_HOPS:
    'Staff listener only: number of reverse proxies in front of it (default 0). The public listener never reads client addresses.',
  SHUTDOWN_GRACE_MS: 'How long shutdown waits for requests in flight before closing (default 10000).',
  CORRELATION_WINDOW_DAYS:
    'Days over which repeated reports about one address count towards a trap-house alert (default 28).',
  CORRELATION_TRAP_HOUSE_REPORTS:
    'Reports about one address within the window that raise a possible trap-house alert (default 3).',
  CORRELATION_DEAL_LINE_REPORTS: 'Reports naming one phone number that raise a possible deal-line alert (default 2).',
  CORRELATION_VEHICLE_FLAGGED_ADDRESSES:
    'Flagged addresses one vehicle must be linked to before it raises an alert (default 2).',
  STAFF_SESSION_IDLE_MINUTES: 'A staff session ends after this many minutes without a request (default 30).',
  STAFF_SESSION_MAX_HOURS: 'A staff session ends this many hours after sign-in, however active (default 12).',
  OIDC_ISSUER_URL:
    'Single sign-on: the OpenID Connect issuer (e.g. https://login.microsoftonline.com/<tenant>/v2.0). Unset: no single sign-on.',
  OIDC_CLIENT_ID:
    'Single sign-on: the client (application) id registered with the issuer. Required with OIDC_ISSUER_URL.',
  OIDC_CLIENT_SECRET: 'Single sign-on: the client secret, if the issuer registered a confidential client.',
  OIDC_ROLE_CLAIM:
    'Single sign-on: the ID token claim listing the person’s groups or app roles (e.g. roles). Set it to have sign-in keep Linebreak roles in step with the issuer.',
  OIDC_ROLE_MAP:
    'Single sign-on: claim value=role pairs, comma-separated (e.g. LB.Analyst=intelligence_analyst). Default: claim values are Linebreak role names.',
  OIDC_LABEL: 'Single sign-on: the text on the sign-in button (default "Sign in with your organisation account").',
  STAFF_MAP_STYLE_URL:
    'Staff maps: URL of a MapLibre style on a map server your force runs, drawn under the flagged places; its origin is added to the staff CSP. Unset: the offline street-point background only, nothing fetched from another site.',
  REVIEW_AFTER_DAYS:
    'Retention: days after it arrives that a report is due for review (keep or delete), when no rule below gives longer (default 365).',
  REVIEW_AFTER_DAYS_SAFEGUARDING:
    'Retention: review period for a report about a child or vulnerable adult, a young person or a home taken over (default 2190, six years).',
  WARRANT_VALIDITY_MONTHS:
    'Operations: months an issued s.23 drugs warrant may be executed (default 1: MDA s.23(3); PACE s.16(3) says 3; an open legal question).',
  STRATEGY_DISCUSSION_HOURS:
    'Safeguarding casework: hours from the decision to hold a strategy discussion to the discussion itself (default 24, local procedures).',
  DIVERSION_MIN_AGE:
    'Drug diversion scheme: minimum age at the offence (default 18: adults only). Supply is never eligible.',
  DIVERSION_DRUG_CLASSES: 'Drug diversion scheme: classes it takes, comma-separated (default B,C).',
  DIVERSION_MAX_PRIOR_OFFENCES:
    'Drug diversion scheme: earlier possession offences allowed (default 0: a first possession offence only).',
  TREATMENT_SERVICE_NAME:
    'The local drug treatment service named on "Help if you use drugs" (default Hertfordshire’s drug and alcohol services).',
  TREATMENT_SERVICE_PHONE: 'Its phone number for the public page (unset: people are told to ask their GP or NHS 111).',
  TREATMENT_SERVICE_URL: 'Its website for the public page (https; unset: no link).',
  DISCLOSURE_DELAY_MONTHS:
    '"You said, we did": months a month’s results wait after it ends before they may be released (default 1: October from 1 December).',
  DISCLOSURE_MIN_COUNT:
    '"You said, we did": counts from 1 up to one below this are published as "fewer than N" (default 5; 0 is shown as 0).',
  DISCLOSURE_PERIOD_MONTHS:
    '"You said, we did": months in a neighbourhood priorities period, dividing the year (default 4: three a year).',
  REVIEW_AFTER_DAYS_BY_CATEGORY:
    'Retention: category=days pairs, comma-separated, for report types with their own period (default drug_use=180). A report with several types takes the longest.',
} as const;

type ConfigVariable = keyof typeof configVariables;

const port = z.coerce
  .number()
  .int()
  .min(0, 'must be a port number from 0 to 65535')
  .max(65535, 'must be a port number from 0 to 65535');

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes encoded as base64');

const envSchema = z.object({
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

export type OidcConfig = Readonly<{
  issuerUrl: string;
  clientId: string;
  clientSecret: string | undefined;
  roleClaim: string | undefined;
  /** Claim value → Linebreak role name; empty means claim values are role names. */
  roleMap: Readonly<Record<string, string>>;
  label: string;
}>;

export type Config = Readonly<{
  env: 'development' | 'test' | 'production';
  databaseUrl: string | undefined;
  dataDir: string;
  /** shared_buffers of the embedded database (PGlite only). */
  pgliteSharedBuffers: string;
  /** Where signed audit checkpoints are appended (outside the database). */
  auditCheckpointFile: string;
  publicListener: Readonly<{ host: string; port: number; baseUrl: string }>;
  staffListener: Readonly<{ host: string; port: number; baseUrl: string }>;
  dataKey: string | undefined;
  receiptKey: string | undefined;
  logLevel: string;
  trustProxyHops: number;
  shutdownGraceMs: number;
  correlation: Readonly<{
    windowDays: number;
    trapHouseReports: number;
    dealLineReports: number;
    vehicleFlaggedAddresses: number;
  }>;
  staffSessions: Readonly<{ idleMinutes: number; maxHours: number }>;
  /** Single sign-on through OpenID Connect, or null when not configured. */
  oidc: OidcConfig | null;
  /** A MapLibre style for staff maps on the force's own map server; null: the offline background only. */
  staffMapStyleUrl: string | null;
  /** When reports fall due for review, by type (REVIEW_AFTER_DAYS*). */
  retention: RetentionConfig;
  /** Months an issued s.23 warrant stays valid (WARRANT_VALIDITY_MONTHS). */
  warrantValidityMonths: number;
  /** Hours from deciding to hold a strategy discussion to holding it (STRATEGY_DISCUSSION_HOURS). */
  strategyDiscussionHours: number;
  /** The drug diversion scheme's eligibility rules (DIVERSION_*). */
  diversion: Readonly<{
    minAge: number;
    drugClasses: readonly ('A' | 'B' | 'C')[];
    maxPriorPossessionOffences: number;
  }>;
  /** "You said, we did" releases: delay, suppression threshold and priorities period (DISCLOSURE_*). */
  disclosure: Readonly<{ delayMonths: number; threshold: number; periodMonths: number }>;
  /** The local drug treatment service named on the public "Help if you use drugs" page. */
  treatmentService: Readonly<{ name: string; phone: string | null; url: string | null }>;
}>;

export type RetentionConfig = Readonly<{
  defaultDays: number;
  safeguardingDays: number;
  byCategory: Readonly<Record<string, number>>;
}>;

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const relevant: Partial<Record<ConfigVariable, string>> = {};
  for (const name of Object.keys(configVariables) as ConfigVariable[]) {
    const value = env[name];
    if (value !== undefined && value !== '') {
      relevant[name] = value;
    }
  }
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.LINEBREAK_ENV === 'production') {
    for (const required of ['DATABASE_URL', 'LINEBREAK_DATA_KEY', 'LINEBREAK_RECEIPT_KEY'] as const) {
      if (values[required] === undefined) {
        problems.push(`${required} is required when LINEBREAK_ENV=production`);
      }
    }
  }
  if ((values.OIDC_ISSUER_URL === undefined) !== (values.OIDC_CLIENT_ID === undefined)) {
    problems.push('OIDC_ISSUER_URL and OIDC_CLIENT_ID must be set together');
  }
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return Object.freeze({
    env: values.LINEBREAK_ENV,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.LINEBREAK_DATA_DIR,
    pgliteSharedBuffers: values.PGLITE_SHARED_BUFFERS,
    auditCheckpointFile: values.LINEBREAK_AUDIT_CHECKPOINTS ?? join(values.LINEBREAK_DATA_DIR, 'audit-checkpoints.log'),
    publicListener: Object.freeze({
      host: values.PUBLIC_HOST,
      port: values.PUBLIC_PORT,
      baseUrl: values.PUBLIC_BASE_URL ?? `http://${values.PUBLIC_HOST}:${String(values.PUBLIC_PORT)}`,
    }),
    staffListener: Object.freeze({
      host: values.STAFF_HOST,
      port: values.STAFF_PORT,
      baseUrl: values.STAFF_BASE_URL ?? `http://${values.STAFF_HOST}:${String(values.STAFF_PORT)}`,
    }),
    dataKey: values.LINEBREAK_DATA_KEY,
    receiptKey: values.LINEBREAK_RECEIPT_KEY,
    logLevel: values.LOG_LEVEL,
    trustProxyHops: values.TRUST_PROXY_HOPS,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    correlation: Object.freeze({
      windowDays: values.CORRELATION_WINDOW_DAYS,
      trapHouseReports: values.CORRELATION_TRAP_HOUSE_REPORTS,
      dealLineReports: values.CORRELATION_DEAL_LINE_REPORTS,
      vehicleFlaggedAddresses: values.CORRELATION_VEHICLE_FLAGGED_ADDRESSES,
    }),
    staffSessions: Object.freeze({
      idleMinutes: values.STAFF_SESSION_IDLE_MINUTES,
      maxHours: values.STAFF_SESSION_MAX_HOURS,
    }),
    oidc: oidcConfig(values),
    staffMapStyleUrl: values.STAFF_MAP_STYLE_URL ?? null,
    warrantValidityMonths: values.WARRANT_VALIDITY_MONTHS,
    strategyDiscussionHours: values.STRATEGY_DISCUSSION_HOURS,
    diversion: Object.freeze({
      minAge: values.DIVERSION_MIN_AGE,
      drugClasses: Object.freeze(
        [...new Set(values.DIVERSION_DRUG_CLASSES.split(',').map((c) => c.trim()))].sort() as ('A' | 'B' | 'C')[],
      ),
      maxPriorPossessionOffences: values.DIVERSION_MAX_PRIOR_OFFENCES,
    }),
    disclosure: Object.freeze({
      delayMonths: values.DISCLOSURE_DELAY_MONTHS,
      threshold: values.DISCLOSURE_MIN_COUNT,
      periodMonths: values.DISCLOSURE_PERIOD_MONTHS,
    }),
    treatmentService: Object.freeze({
      name: values.TREATMENT_SERVICE_NAME,
      phone: values.TREATMENT_SERVICE_PHONE ?? null,
      url: values.TREATMENT_SERVICE_URL ?? null,
    }),
    retention: Object.freeze({
      defaultDays: values.REVIEW_AFTER_DAYS,
      safeguardingDays: values.REVIEW_AFTER_DAYS_SAFEGUARDING,
      byCategory: Object.freeze(
        Object.fromEntries(
          values.REVIEW_AFTER_DAYS_BY_CATEGORY.split(',').map((pair) => {
            const [category = '', days = ''] = pair.split('=').map((part) => part.trim());
            return [category, Number(days)];
          }),
        ),
      ),
    }),
  });
}

function oidcConfig(values: z.infer<typeof envSchema>): OidcConfig | null {
  if (values.OIDC_ISSUER_URL === undefined || values.OIDC_CLIENT_ID === undefined) return null;
  const roleMap: Record<string, string> = {};
  for (const pair of (values.OIDC_ROLE_MAP ?? '').split(',')) {
    const [claimValue, role] = pair.split('=').map((part) => part.trim());
    if (claimValue && role) roleMap[claimValue] = role;
  }
  return Object.freeze({
    issuerUrl: values.OIDC_ISSUER_URL,
    clientId: values.OIDC_CLIENT_ID,
    clientSecret: values.OIDC_CLIENT_SECRET,
    roleClaim: values.OIDC_ROLE_CLAIM,
    roleMap: Object.freeze(roleMap),
    label: values.OIDC_LABEL ?? 'Sign in with your organisation account',
  });
}
