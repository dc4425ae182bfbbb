import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, requirePermission, type StaffActor } from '../access/index.ts';
import { type AlertKind, alertKinds, alertsAboutEntities, alertTitles } from '../correlation/index.ts';
import type { createDealLineProfileService } from '../deal-lines/index.ts';
import { formatGrade, gradedIntelligenceFromReports, readableGradedIntelligence } from '../intelligence/index.ts';
import type { OperationsServices } from '../operations/index.ts';
import type { createEntitiesService } from '../pole/index.ts';
import {
  type Briefing,
  type BriefingEntity,
  type BriefingIntelligence,
  type BriefingWarrant,
  briefingHandling,
  maxReportsListed,
} from './briefing.ts';

type EntitiesService = ReturnType<typeof createEntitiesService>;
type DealLineProfileService = ReturnType<typeof createDealLineProfileService>;

/** The alert kinds a reader may see: as the alerts queue and the map decide. */
function visibleAlertKinds(actor: StaffActor): readonly AlertKind[] {
  if (can(actor, 'report.read')) return alertKinds;
  if (can(actor, 'safeguarding.read')) return ['child_safeguarding', 'child_drug_use', 'possible_cuckooing'];
  return [];
}

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
const normal = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * One-page briefing sheets (issue 12): what is known at an address or about a deal line,
 * gathered from the modules that own it, each read through their own access checks, and the
 * sheet's own read audited with what it quoted.
 */
export function createBriefingService(deps: {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: Clock;
  entities: EntitiesService;
  dealLineProfiles: DealLineProfileService;
  operations: OperationsServices;
}) {
  const { db, audit } = deps;

  async function alertsAbout(actor: StaffActor, entityIds: readonly string[]) {
    const rows = await alertsAboutEntities(db, entityIds, visibleAlertKinds(actor));
    return rows
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        title: alertTitles[row.kind],
        status: row.status,
        lastFiredOn: day(row.last_fired_at),
      }))
      .sort((a, b) => b.lastFiredOn.localeCompare(a.lastFiredOn));
  }

  /** Graded intelligence made from the reports, as far as the reader may read it. */
  async function intelligenceFrom(actor: StaffActor, reportIds: readonly string[]): Promise<BriefingIntelligence[]> {
    const made = await gradedIntelligenceFromReports(db, reportIds);
    const readable = await readableGradedIntelligence(
      deps,
      actor,
      made.map((m) => m.id),
    );
    return readable.map((i) => ({
      id: i.id,
      reference: i.reference,
      grade: formatGrade(i),
      handling: i.handling,
      sanitisedText: i.sanitisedText,
      createdOn: i.createdOn,
    }));
  }

  /** Warrants for any of the premises, if the reader's role may see warrants at all. */
  async function warrantsAt(actor: StaffActor, premises: readonly string[]): Promise<BriefingWarrant[] | null> {
    if (!can(actor, 'operations.read')) return null;
    const wanted = premises.map(normal).filter((p) => p !== '');
    const all = await deps.operations.warrants.list(actor);
    return all
      .filter((w) => wanted.some((p) => normal(w.premises).includes(p)))
      .map((w) => ({ id: w.id, reference: w.reference, status: w.status, premises: w.premises }));
  }

  async function recordRead(actor: StaffActor, briefing: Briefing) {
    await db.transaction().execute((tx) =>
      audit.record(
        tx,
        auditEventBy(actor, `briefing.${briefing.kind}`, {
          subject: { type: briefing.kind === 'address' ? 'entity' : 'deal_line', id: briefing.id },
          details: {
            reportIds: briefing.reports.map((r) => r.id),
            alertIds: briefing.alerts.map((a) => a.id),
            intelligenceIds: briefing.intelligence.map((i) => i.id),
            entityIds: [...briefing.people, ...briefing.vehicles, ...briefing.phones, ...briefing.addresses].map(
              (e) => e.id,
            ),
          },
        }),
      ),
    );
  }

  return {
    /** Everything known at one address (a location entity). */
    async address(actor: StaffActor, id: string): Promise<Briefing> {
      requirePermission(actor, 'entity.read');
      const entity = await deps.entities.get(actor, id);
      if (entity.kind !== 'location') throw new AppError('not_found_or_no_access');
      const linked = (kind: string): BriefingEntity[] =>
        entity.links
          .filter((l) => l.other.kind === kind)
          .map((l) => ({ id: l.other.id, kind, label: l.other.label, lastSeen: l.lastSeen }));
      const reportIds = [...new Set(entity.timeline.map((t) => t.reportId))];
      const intelligence = await intelligenceFrom(actor, reportIds);
      const briefing: Briefing = {
        kind: 'address',
        id,
        title: entity.label,
        marking: 'OFFICIAL-SENSITIVE',
        ...briefingHandling(intelligence),
        generatedAt: deps.clock.now().toISOString(),
        summary: [
          { label: 'First reported', value: entity.firstSeen },
          { label: 'Last reported', value: entity.lastSeen },
          { label: 'Reports', value: String(entity.reportCount) },
        ],
        reports: [...entity.timeline]
          .sort((a, b) => b.observedOn.localeCompare(a.observedOn))
          .filter((t, i, all) => all.findIndex((o) => o.reportId === t.reportId) === i)
          .slice(0, maxReportsListed)
          .map((t) => ({ id: t.reportId, observedOn: t.observedOn })),
        reportCount: reportIds.length,
        alerts: await alertsAbout(actor, [id]),
        people: linked('person'),
        vehicles: linked('vehicle'),
        phones: linked('phone'),
        addresses: [],
        intelligence,
        warrants: await warrantsAt(actor, [entity.label]),
      };
      await recordRead(actor, briefing);
      return briefing;
    },

    /** Everything known about one deal line: its numbers, people with roles, places and vehicles. */
    async line(actor: StaffActor, id: string): Promise<Briefing> {
      const line = await deps.dealLineProfiles.profile(actor, id);
      const entity = (e: { id: string; kind: string; label: string; lastSeen: string }): BriefingEntity => ({
        id: e.id,
        kind: e.kind,
        label: e.label,
        lastSeen: e.lastSeen,
      });
      const reportIds = [...new Set([...line.addresses, ...line.vehicles].flatMap((e) => e.reportIds))];
      const intelligence = await intelligenceFrom(actor, reportIds);
      const current = line.people.filter((p) => p.removedAt === null);
      const briefing: Briefing = {
        kind: 'line',
        id,
        title: line.brandName,
        marking: 'OFFICIAL-SENSITIVE',
        ...briefingHandling(intelligence),
        generatedAt: deps.clock.now().toISOString(),
        summary: [
          { label: 'Status', value: line.status },
          { label: 'Urban hub', value: line.urbanHub ?? 'Not known' },
          { label: 'Seen', value: `${line.firstSeen} to ${line.lastSeen}` },
        ],
        reports: reportIds.slice(0, maxReportsListed).map((reportId) => ({ id: reportId, observedOn: '' })),
        reportCount: reportIds.length,
        alerts: await alertsAbout(actor, [
          ...line.numbers.map((n) => n.phoneEntityId),
          ...line.addresses.map((a) => a.id),
        ]),
        people: current.map((p) => ({
          id: p.personEntityId,
          kind: 'person',
          label: p.name,
          lastSeen: day(p.addedAt),
          role: p.victim ? `${p.roleLabel} (victim)` : p.roleLabel,
        })),
        vehicles: line.vehicles.map(entity),
        phones: line.numbers.map((n) => ({
          id: n.phoneEntityId,
          kind: 'phone',
          label: n.current ? `${n.number} (current)` : n.number,
          lastSeen: n.to ?? 'now',
        })),
        addresses: line.addresses.map(entity),
        intelligence,
        warrants: await warrantsAt(
          actor,
          line.addresses.map((a) => a.label),
        ),
      };
      await recordRead(actor, briefing);
      return briefing;
    },
  };
}

export type BriefingService = ReturnType<typeof createBriefingService>;
