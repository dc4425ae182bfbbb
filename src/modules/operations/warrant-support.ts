import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { ControlledDrug } from './drugs.ts';
import type { EntryMethod } from './warrant.ts';
import { findWarrant } from './warrant.repository.ts';

// What the warrant services share: their dependencies, inputs and small helpers.

export type WarrantDeps = {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: Clock;
  warrantValidityMonths: number;
  blindIndex: BlindIndex;
};

/** A child or vulnerable adult found at the premises, as far as they are known at the door. */
export type PersonToProtect = {
  kind: 'child' | 'adult';
  name: string;
  dateOfBirth?: string | undefined;
  personEntityId?: string | undefined;
};

export type WarrantApplication = {
  intelligenceIds: string[];
  premises: string;
  personEntityIds: string[];
  searchPersonsFound: boolean;
  drugsSought: ControlledDrug[];
  entriesSought: number;
  multipleEntryGrounds?: string | undefined;
  grounds: string;
  undermining: string;
  corroborationNote?: string | undefined;
  plannedExecutionOn: string;
};

export type WarrantEntryInput = {
  executedAt: string;
  entryMethod: EntryMethod;
  officersPresent: string;
  personsPresent: string;
  childrenPresent: boolean;
  vulnerableAdultsPresent: boolean;
  personsToProtect?: PersonToProtect[] | undefined;
  forceUsed?: string | undefined;
  damage?: string | undefined;
  articlesFound: boolean;
  itemsSeized: string;
  expectedVersion: number;
};

export const day = (value: Date | string | null) =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, [{ field, message }]);
export const stale = () => new AppError('conflict', 'The warrant changed since you read it: reload and try again');
export const warrantSubject = (id: string) => ({ type: 'ops_warrant', id });

export async function requireWarrant(db: DbOrTx, id: string) {
  const row = await findWarrant(db, id);
  if (!row) throw new AppError('not_found_or_no_access');
  return row;
}
