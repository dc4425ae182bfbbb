import type { Kysely, Transaction } from 'kysely';
import type { AuditChainHeadTable, AuditEventTable } from '../audit/audit.table.ts';

// The whole schema as Kysely sees it. Each capability declares its own tables in a
// `*.table.ts` file next to its code; this interface only composes them.
export type Database = {
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
};

export type Db = Kysely<Database>;
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Engine = 'pglite' | 'postgresql';
