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

export type ConfigVariable = keyof typeof configVariables;
