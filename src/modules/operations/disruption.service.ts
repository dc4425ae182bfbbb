import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { safeguardingMeasuresOfLines } from '../casework/index.ts';
import {
  canRecordDisruption,
  findDealLine,
  personIdsOfLine,
  recordLineDisruption,
  statusHistoryWithEvidence,
} from '../deal-lines/index.ts';
import { arrestsOfPeople, existingRecords, seizureItemsOfLine } from './arrest.repository.ts';
import { controlledDrugs, type ControlledDrug } from './drugs.ts';
import { requireOperations } from './operations.policy.ts';

export const evidenceKinds = ['arrest', 'seizure', 'charge', 'warrant'] as const;
export type EvidenceRef = { kind: (typeof evidenceKinds)[number]; id: string };

/** A measure the NCLCC counts: a number with what it counts (null would be "not recorded yet"). */
/** `shown` is the value in words where a single number would mislead (amounts in different units). */
type Measure = { key: string; label: string; value: number | null; shown?: string; detail: string };

const amount = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * Disruption per line: the measures the National County Lines Coordination Centre counts, computed
 * from operational records, and the move to disrupted or closed with its evidence.
 */
export function createDisruptionService(deps: { db: Db; audit: AuditTrail; clock: Clock }) {
  const { db, audit, clock } = deps;

  async function requireLine(id: string) {
    const line = await findDealLine(db, id);
    if (!line) throw new AppError('not_found_or_no_access');
    return line;
  }

  async function measuresOf(lineId: string) {
    const people = await personIdsOfLine(db, lineId);
    const arrests = await arrestsOfPeople(db, people);
    const items = await seizureItemsOfLine(
      db,
      lineId,
      arrests.map((a) => a.id),
    );
    const phones = items.filter((i) => i.kind === 'phone');
    const cashPence = items.reduce((sum, i) => sum + (i.cash_pence === null ? 0 : Number(i.cash_pence)), 0);
    const drugs = new Map<string, number>();
    const drugsByUnit = new Map<string, number>();
    for (const i of items.filter((item) => item.kind === 'drug')) {
      const label =
        i.drug === null ? 'Drug' : i.drug in controlledDrugs ? controlledDrugs[i.drug as ControlledDrug].label : i.drug;
      const key = `${label} (class ${i.drug_class ?? '?'})${i.form ? `, ${i.form}` : ''}:${i.unit ?? ''}`;
      drugs.set(key, (drugs.get(key) ?? 0) + Number(i.quantity ?? 0));
      const unit = i.unit ?? 'no unit';
      drugsByUnit.set(unit, (drugsByUnit.get(unit) ?? 0) + Number(i.quantity ?? 0));
    }
    // Grams and wraps do not add up: one total per unit, and a single number only when there is one unit.
    const drugTotals = [...drugsByUnit.entries()].map(([unit, total]) => `${amount(total)} ${unit}`).join('; ');
    const [onlyUnitTotal] = drugsByUnit.size === 1 ? [...drugsByUnit.values()] : [];
    const children = arrests.filter((a) => a.child_at_arrest);
    const safeguarding = (await safeguardingMeasuresOfLines(db, [lineId])).get(lineId);
    const considered = children.filter((a) => a.nrm_s45_considered_by !== null).length;
    const measures: Measure[] = [
      {
        key: 'arrests',
        label: 'Arrests',
        value: arrests.length,
        detail: 'Arrests of people recorded on the line',
      },
      {
        key: 'phones',
        label: 'Phones seized',
        value: phones.length,
        detail: `${String(phones.filter((p) => p.deal_line_id === lineId).length)} of them the line’s own numbers`,
      },
      {
        key: 'cash',
        label: 'Cash seized',
        value: cashPence,
        detail: `£${(cashPence / 100).toFixed(2)}, in seizures with the line’s phones or at its people’s arrests`,
      },
      {
        key: 'drugs',
        label: 'Drugs seized',
        value: drugs.size === 0 ? 0 : (onlyUnitTotal ?? null),
        shown: drugs.size === 0 ? 'None' : drugTotals,
        detail:
          drugs.size === 0
            ? 'None recorded'
            : [...drugs.entries()]
                .map(([key, total]) => {
                  const [what = '', unit = ''] = key.split(':');
                  return `${what}: ${amount(total)} ${unit}`.trimEnd();
                })
                .join('; '),
      },
      {
        key: 'safeguarded',
        label: 'People safeguarded',
        value: safeguarding?.safeguarded ?? 0,
        detail: `Safeguarding cases linked to the line (${String(children.length)} children arrested)`,
      },
      {
        key: 'cuckooed',
        label: 'Cuckooed addresses',
        value: safeguarding?.cuckooedAddresses ?? 0,
        detail: 'Addresses on the cuckooed-address register linked to the line',
      },
      {
        key: 'nrm',
        label: 'NRM referrals',
        value: safeguarding?.nrmReferrals ?? 0,
        detail: `Submitted NRM referrals on cases linked to the line (${String(considered)} children’s arrests record “NRM and s.45 considered”)`,
      },
    ];
    // The records a disruption may cite as its evidence.
    const seizures = new Map(
      items.map((i) => [i.seizure_id, { id: i.seizure_id, seizedAt: i.seized_at.toISOString(), place: i.place }]),
    );
    return {
      measures,
      records: {
        arrests: arrests.map((a) => ({ id: a.id, arrestedAt: a.arrested_at.toISOString() })),
        seizures: [...seizures.values()],
      },
    };
  }

  return {
    async measures(actor: StaffActor, lineId: string) {
      await requireOperations(deps, actor, 'operations.disruption.read', ['operations.read']);
      const line = await requireLine(lineId);
      const [{ measures, records }, history] = await Promise.all([
        measuresOf(lineId),
        statusHistoryWithEvidence(db, lineId),
      ]);
      await db
        .transaction()
        .execute((tx) =>
          audit.record(
            tx,
            auditEventBy(actor, 'operations.disruption.read', { subject: { type: 'deal_line', id: lineId } }),
          ),
        );
      return {
        lineId,
        status: line.status,
        version: line.version,
        measures,
        records,
        history: history.map((h) => ({
          from: h.from_status,
          to: h.to_status,
          note: h.note,
          evidence: h.evidence as EvidenceRef[],
          by: h.changed_by,
          at: h.changed_at.toISOString(),
        })),
      };
    },

    /** Disrupted or closed, with the reason and the operational records it rests on. */
    async setStatus(
      actor: StaffActor,
      lineId: string,
      input: { status: 'disrupted' | 'closed'; reason: string; evidence: EvidenceRef[]; expectedVersion: number },
    ) {
      await requireOperations(deps, actor, 'operations.disruption.set_status', ['operations.target']);
      const line = await requireLine(lineId);
      if (!canRecordDisruption(line.status, input.status)) {
        throw new AppError('conflict', `A ${line.status} line cannot become ${input.status}`);
      }
      const unique = [...new Map(input.evidence.map((e) => [`${e.kind}:${e.id}`, e])).values()];
      const found = await existingRecords(db, unique);
      const missing = unique.filter((e) => !found.has(`${e.kind}:${e.id}`));
      if (missing.length > 0) {
        throw new AppError('validation_failed', 'Link records that exist', [
          { field: 'evidence', message: `No such ${missing.map((m) => m.kind).join(', ')}: choose records that exist` },
        ]);
      }
      await db.transaction().execute(async (tx) => {
        const changed = await recordLineDisruption(tx, {
          lineId,
          expectedVersion: input.expectedVersion,
          from: line.status,
          to: input.status,
          note: input.reason,
          evidence: unique,
          by: actor.userId,
          at: clock.now(),
        });
        if (!changed) throw new AppError('conflict', 'The deal line changed since you read it: reload and try again');
        await audit.record(
          tx,
          auditEventBy(actor, 'operations.disruption.set_status', {
            subject: { type: 'deal_line', id: lineId },
            reason: input.reason,
            details: { from: line.status, to: input.status, evidence: unique },
          }),
        );
      });
    },
  };
}

export type DisruptionService = ReturnType<typeof createDisruptionService>;
