import { join } from 'node:path';
import { configVariables, type ConfigVariable } from './config-variables.ts';
import type { Config, OidcConfig } from './config.types.ts';
import { envSchema, type EnvValues } from './env-schema.ts';

// Environment → validated, frozen Config. The variables, their schema and the Config shape each
// live in their own file beside this one; this file is what the rest of Linebreak imports.
export { configVariables } from './config-variables.ts';
export type { Config, OidcConfig, RetentionConfig } from './config.types.ts';

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

function oidcConfig(values: EnvValues): OidcConfig | null {
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
