import type { DbOrTx } from '../../platform/db/database.ts';
import { alertRows, type AlertKind } from '../correlation/index.ts';
import { lineNumberRows, type DealLineStatus } from '../deal-lines/index.ts';
import { linkRows, liveLocationRows } from '../pole/index.ts';

// The SQL behind the district map, composed of the owners' sub-queries (ADR 0037, rule b): locations with an open alert, and locations linked to a
// deal line's numbers, optionally only those active since a given moment. Labels and details stay sealed here; the service opens them.

export type FlaggedLocationRow = {
  readonly entityId: string;
  readonly labelSealed: Uint8Array;
  readonly detailsSealed: Uint8Array | null;
};

export type AlertLocationRow = FlaggedLocationRow & {
  readonly alertId: string;
  readonly alertKind: AlertKind;
  readonly alertStatus: string;
  readonly priority: string;
};

export type LineLocationRow = FlaggedLocationRow & {
  readonly lineId: string;
  readonly brandName: string;
  readonly lineStatus: DealLineStatus;
};

/** Locations with an open or acknowledged alert of one of the kinds (every kind with 'all'). */
export async function alertLocations(
  db: DbOrTx,
  kinds: readonly AlertKind[] | 'all',
  limit: number,
  since: Date | null,
): Promise<AlertLocationRow[]> {
  if (kinds !== 'all' && kinds.length === 0) return [];
  let query = db
    .selectFrom(alertRows(db).as('a'))
    .innerJoin(liveLocationRows(db).as('e'), 'e.id', 'a.entity_id')
    .select([
      'a.id as alertId',
      'a.kind as alertKind',
      'a.status as alertStatus',
      'a.priority as priority',
      'e.id as entityId',
      'e.label_sealed as labelSealed',
      'e.details_sealed as detailsSealed',
    ])
    .where('a.status', 'in', ['open', 'acknowledged']);
  if (kinds !== 'all') query = query.where('a.kind', 'in', [...kinds]);
  if (since) query = query.where('a.last_fired_at', '>=', since);
  return query.orderBy('a.last_fired_at', 'desc').orderBy('a.id').limit(limit).execute();
}

/**
 * Locations linked by a co-mention to any number a deal line has used (with `since`, only
 * links last seen on or after that day).
 */
export async function dealLineLocations(db: DbOrTx, limit: number, since: Date | null): Promise<LineLocationRow[]> {
  let query = db
    .selectFrom(lineNumberRows(db).as('n'))
    .innerJoin(linkRows(db).as('l'), (join) =>
      join.on((eb) =>
        eb.or([eb('l.entity_a', '=', eb.ref('n.phone_entity_id')), eb('l.entity_b', '=', eb.ref('n.phone_entity_id'))]),
      ),
    )
    .innerJoin(liveLocationRows(db).as('e'), (join) =>
      join.on((eb) =>
        eb.and([
          eb('e.id', '<>', eb.ref('n.phone_entity_id')),
          eb.or([eb('e.id', '=', eb.ref('l.entity_a')), eb('e.id', '=', eb.ref('l.entity_b'))]),
        ]),
      ),
    )
    .select([
      'n.line_id as lineId',
      'n.brand_name as brandName',
      'n.line_status as lineStatus',
      'e.id as entityId',
      'e.label_sealed as labelSealed',
      'e.details_sealed as detailsSealed',
    ])
    .distinct();
  if (since) query = query.where('l.last_seen', '>=', since.toISOString().slice(0, 10));
  return query.orderBy('n.line_id').orderBy('e.id').limit(limit).execute();
}
