import { createHash } from 'node:crypto';

export type AuditActor =
  | { readonly type: 'staff'; readonly id: string }
  | { readonly type: 'public' }
  | { readonly type: 'system'; readonly id: string };

/** One thing that happened to a sensitive record: who, what, to which record, why, when. */
export type AuditEventInput = {
  readonly actor: AuditActor;
  readonly action: string;
  readonly subject?: { readonly type: string; readonly id: string };
  readonly reason?: string;
  readonly requestId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  /**
   * Stamp the day only (midnight, London), as for public events: for system events whose
   * time could reveal when a member of the public was active (such as deleting their expired draft).
   */
  readonly dayOnly?: boolean;
};

export type ChainedFields = {
  readonly seq: bigint;
  readonly occurredAt: Date;
  readonly actorType: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly reason: string | null;
  readonly requestId: string | null;
  readonly details: unknown;
  readonly prevHash: string;
};

export const genesisHash = '0'.repeat(64);

/** SHA-256 over every field of the row and the previous row's hash. */
export function hashAuditEvent(fields: ChainedFields): string {
  const material = canonicalJson([
    fields.seq.toString(),
    fields.occurredAt.toISOString(),
    fields.actorType,
    fields.actorId,
    fields.action,
    fields.subjectType,
    fields.subjectId,
    fields.reason,
    fields.requestId,
    fields.details,
    fields.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

/**
 * The form a text column keeps on both engines: U+0000 and lone surrogates become U+FFFD
 * (PostgreSQL refuses the one and the driver rewrites the other), and a leading byte order
 * mark is dropped (PGlite's decoder strips it on read). The chain hashes this form, so a
 * row reads back exactly as it was hashed.
 */
export function storableAuditText(text: string): string {
  let canonical = text.toWellFormed().replaceAll('\u0000', '\uFFFD');
  while (canonical.startsWith('\uFEFF')) canonical = canonical.slice(1);
  return canonical;
}

/** Details as jsonb keeps them: JSON values only, with every key and string storable. */
export function storableAuditDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
  return storableJson(plain) as Record<string, unknown>;
}

function storableJson(value: unknown): unknown {
  if (typeof value === 'string') return value.toWellFormed().replaceAll('\u0000', '\uFFFD');
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [storableJson(key), storableJson(item)]),
    );
  }
  return value;
}

/** JSON with object keys sorted at every depth, so jsonb's own key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  // JSON.stringify answers undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? 'null';
}
