import type { DbOrTx } from '../../platform/db/database.ts';
import { alertsAboutEntities } from '../correlation/index.ts';
import { currentLineRolesOf } from '../deal-lines/index.ts';
import { gradedIntelligenceFromReports } from '../intelligence/index.ts';
import { mentionsOfEntities } from '../pole/index.ts';
import { reportFlagsOf } from '../reports/index.ts';
import type { PriorityInputs } from './target-priority.ts';

// Gathers the inputs of the priority model for a batch of people, reading other modules only
// through their index.ts: mentions (POLE), roles on lines (deal lines), the clear flags of the
// reports that mention them (reports) and the intelligence graded from those reports.

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export type PersonFacts = PriorityInputs & {
  readonly victimRoles: readonly { lineBrand: string; role: string }[];
  readonly childSafeguardingAlerts: number;
  readonly intelligenceIds: readonly string[];
};

export async function gatherPersonFacts(
  db: DbOrTx,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, PersonFacts>> {
  const ids = [...new Set(personIds)];
  const [mentions, roles, alerts] = await Promise.all([
    mentionsOfEntities(db, ids),
    currentLineRolesOf(db, ids),
    alertsAboutEntities(db, ids, ['child_safeguarding']),
  ]);
  const reportIds = [...new Set(mentions.map((m) => m.report_id))];
  const [flags, intelligence] = await Promise.all([
    reportFlagsOf(db, reportIds),
    gradedIntelligenceFromReports(db, reportIds),
  ]);
  const flagsOf = new Map(flags.map((f) => [f.id, f]));
  const intelOf = new Map<string, typeof intelligence>();
  for (const row of intelligence) {
    if (row.submission_id === null) continue;
    const list = intelOf.get(row.submission_id) ?? [];
    list.push(row);
    intelOf.set(row.submission_id, list);
  }
  const result = new Map<string, PersonFacts>();
  for (const id of ids) {
    const own = mentions.filter((m) => m.entity_id === id);
    const reports = [...new Set(own.map((m) => m.report_id))];
    const reportFlags = reports.flatMap((r) => {
      const f = flagsOf.get(r);
      return f ? [f] : [];
    });
    const intel = [...new Map(reports.flatMap((r) => intelOf.get(r) ?? []).map((i) => [i.id, i])).values()];
    const lastSeen =
      own
        .map((m) => day(m.observed_on))
        .sort()
        .at(-1) ?? null;
    const personRoles = roles.filter((r) => r.person_entity_id === id);
    result.set(id, {
      lineRoles: personRoles.map((r) => ({
        role: r.role,
        victim: r.victim,
        lineBrand: r.brand_name,
        victimsOnLine: r.victim ? 0 : (r.victims_on_line ?? 0),
      })),
      victimRoles: personRoles.filter((r) => r.victim).map((r) => ({ lineBrand: r.brand_name, role: r.role })),
      childSafeguardingAlerts: alerts.filter((a) => a.entity_id === id).length,
      reportsWithThreatToLife: reportFlags.filter((f) => f.threat_to_life).length,
      reportsAboutChildOrVulnerableAdult: reportFlags.filter((f) => f.child_involved || f.vulnerable_adult_involved)
        .length,
      reportsAboutCuckooing: reportFlags.filter((f) => f.categories.includes('home_taken_over')).length,
      mentions: reports.length,
      lastSeen,
      intelligence: intel.map((i) => ({
        source: i.source_evaluation,
        assessment: i.intelligence_assessment,
        on: day(i.created_at),
      })),
      intelligenceIds: intel.map((i) => i.id),
      today,
    });
  }
  return result;
}
