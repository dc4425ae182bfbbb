import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from '../access/index.ts';
import { locationCoordinates, openLabel, roundConfidence } from '../network/index.ts';
import {
  entitiesByIds,
  type HopLink,
  isRecordedChild,
  latestMentionsOfEntities,
  linksFromFrontier,
  noFilters,
  openEntityDetails,
  reportsForLinks,
} from '../pole/index.ts';
import { presentDealLine, presentHistory, presentNumber, presentPerson, presentSample } from './deal-line.presenter.ts';
import { requireDealLineRead } from './deal-line.policy.ts';
import { findDealLine } from './deal-line.repository.ts';
import { historyOf, numbersOf, peopleOf, relatedLines, samplesOf } from './deal-line-profile.repository.ts';
import type { DealLineDeps } from './deal-line.service.ts';

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * A deal line's profile: its numbers over time, people and roles, the reports that mention its
 * numbers, and what the POLE store links to it (addresses with coordinates, vehicles, people not
 * yet given a role, other phones its people use).
 */
export function createDealLineProfileService(deps: DealLineDeps) {
  const { db, sealer, audit } = deps;

  return {
    async profile(actor: StaffActor, id: string) {
      await requireDealLineRead(deps, actor, 'deal_line.read');
      const line = await findDealLine(db, id);
      if (!line) throw new AppError('not_found_or_no_access');
      const [numbers, people, samples, history, related] = [
        await numbersOf(db, id),
        await peopleOf(db, id),
        await samplesOf(db, id),
        await historyOf(db, id),
        await relatedLines(db, line),
      ];
      const numberIds = [...new Set(numbers.map((n) => n.phone_entity_id))];
      const activePeople = [...new Set(people.filter((p) => p.removed_at === null).map((p) => p.person_entity_id))];
      const timeline = await latestMentionsOfEntities(db, numberIds, 500);
      const fromNumbers = await linksFromFrontier(db, numberIds, noFilters, 2000);
      const fromPeople = await linksFromFrontier(db, activePeople, { ...noFilters, kinds: ['vehicle', 'phone'] }, 2000);
      const hops = [...fromNumbers, ...fromPeople];
      const entities = new Map((await entitiesByIds(db, [...new Set(hops.map((h) => h.to))])).map((e) => [e.id, e]));
      const reports = await reportsForLinks(db, [...new Set(hops.map((h) => h.id))], 25);
      const linked = (hop: HopLink) => {
        const entity = entities.get(hop.to);
        if (!entity) return [];
        const label = openLabel(sealer, entity.id, entity.labelSealed);
        return [
          {
            id: entity.id,
            kind: entity.kind,
            label,
            via: hop.from,
            linkId: hop.id,
            confidence: roundConfidence(hop.confidence),
            firstSeen: hop.firstSeen,
            lastSeen: hop.lastSeen,
            reportIds: reports.get(hop.id) ?? [],
            entity,
          },
        ];
      };
      const assigned = new Set(people.map((p) => p.person_entity_id));
      const linkedFromNumbers = fromNumbers.flatMap(linked);
      const addresses = linkedFromNumbers
        .filter((l) => l.kind === 'location')
        .map(({ entity, ...l }) => ({
          ...l,
          coordinates: locationCoordinates(l.label, openEntityDetails(sealer, entity.id, entity.detailsSealed)),
        }));
      const strip = ({ entity: _entity, ...rest }: ReturnType<typeof linked>[number]) => rest;
      const vehicles = hops
        .flatMap(linked)
        .filter((l) => l.kind === 'vehicle')
        .map(strip);
      const unassignedPeople = linkedFromNumbers.filter((l) => l.kind === 'person' && !assigned.has(l.id)).map(strip);
      const otherPhones = fromPeople
        .flatMap(linked)
        .filter((l) => l.kind === 'phone' && !numberIds.includes(l.id))
        .map(strip);

      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'deal_line.read',
          subject: { type: 'deal_line', id },
          requestId: actor.requestId,
          details: { entityIds: [...new Set([...numberIds, ...assigned, ...entities.keys()])] },
        }),
      );
      return {
        ...presentDealLine(line),
        predecessors: related
          .filter((r) => r.successor_line_id === id)
          .map((r) => ({ id: r.id, brandName: r.brand_name, status: r.status })),
        successor:
          related
            .filter((r) => r.id === line.successor_line_id)
            .map((r) => ({ id: r.id, brandName: r.brand_name, status: r.status }))[0] ?? null,
        numbers: numbers.map((n) => presentNumber(n, openLabel(sealer, n.phone_entity_id, n.label_sealed))),
        people: people.map((p) =>
          presentPerson(p, {
            label: openLabel(sealer, p.person_entity_id, p.label_sealed),
            child: isRecordedChild(openEntityDetails(sealer, p.person_entity_id, p.details_sealed)),
          }),
        ),
        samples: samples.map((s) => presentSample(s, sealer)),
        statusHistory: history.map(presentHistory),
        timeline: timeline.map((m) => ({
          reportId: m.report_id,
          observedOn: day(m.observed_on),
          numberEntityId: m.entity_id,
          field: m.field,
        })),
        addresses,
        vehicles,
        linkedPeopleWithoutRole: unassignedPeople,
        otherPhonesOfItsPeople: otherPhones,
      };
    },
  };
}

export type DealLineProfileService = ReturnType<typeof createDealLineProfileService>;
