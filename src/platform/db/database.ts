import type { Kysely, Transaction } from 'kysely';
import type {
  PersonMatchKeyTable,
  PersonMergeTable,
  PersonNameIndexTable,
} from '../../modules/resolution/person-match.table.ts';
import type { AuditChainHeadTable, AuditEventTable } from '../audit/audit.table.ts';

// The whole schema as Kysely sees it. Each capability declares its own tables in a
// `*.table.ts` file next to its code; this interface only composes them.
export type Database = {
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  person_match_keys: PersonMatchKeyTable;
  person_name_index: PersonNameIndexTable;
  person_merges: PersonMergeTable;
};

export type Db = Kysely<Database>;
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Engine = 'pglite' | 'postgresql';
