// The frozen Config that loadConfig returns, the shape the rest of Linebreak reads.

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
