import { defaultThresholds, suspectCuckooing } from '../src/modules/correlation/correlation-rules.ts';
import { processReport } from '../src/modules/triage/process-report.ts';
import { observationsFromStructured } from '../src/modules/triage/structured-observations.ts';
import { generateWorld, type PublicReport } from '../src/synthetic/world/index.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createBlindIndex } from '../src/platform/crypto/blind-index.ts';
import { createSealer } from '../src/platform/crypto/sealer.ts';
import { freshDatabase, round, type BenchEngine } from './support.ts';

export type DetectionResult = {
  seed: number;
  reports: number;
  lines: number;
  dealLinesSurfaced: number;
  trapHousesSurfaced: number;
  exploitedChildrenSurfaced: number;
  alerts: number;
  falseAlertShare: number;
  /** Alerts by kind, and those backed by noise reports only: where the false alerts come from. */
  alertsByKind: Record<string, number>;
  falseAlertsByKind: Record<string, number>;
  secondsPerThousandReports: number;
};

/** What the triage pipeline is told about a generated report (the form's answers, as stored). */
export function reportForProcessing(report: PublicReport) {
  const s = report.structured;
  return {
    reportId: report.id,
    submittedOn: report.submittedOn,
    texts: [
      { field: 'details', text: report.freeText },
      ...(s.phones ?? []).flatMap((p, i) =>
        p.messageText ? [{ field: `phones.${String(i)}.messageText`, text: p.messageText }] : [],
      ),
    ],
    structured: observationsFromStructured(s),
    childInvolved: s.childInvolved === true,
    cuckooingSigns: suspectCuckooing({
      homeTakenOver: report.category === 'home_taken_over',
      vulnerableResident:
        s.vulnerableAdultInvolved === true ||
        (s.cuckooingSigns ?? []).some((code) => code.startsWith('cuckooing.resident_')),
      activityAtHome:
        report.category === 'dealing_at_address' ||
        (s.cuckooingSigns ?? []).some((code) => !code.startsWith('cuckooing.resident_')),
    }),
    advertisesDrugs: (s.phones ?? []).some((p) => (p.messageText ?? '').trim() !== ''),
  };
}

/**
 * Runs a generated world's reports through the real pipeline in date order, then scores the
 * alerts against the world's ground truth: the share of true deal lines, trap houses and
 * exploited children that some alert surfaced, and the share of alerts backed by no true signal.
 */
export async function runDetectionBenchmark(
  engine: BenchEngine,
  options: { seed: number; reports: number; lines: number },
): Promise<DetectionResult> {
  const generated = generateWorld({ seed: options.seed, reports: options.reports, lines: options.lines });
  const database = await freshDatabase(engine, 'detect');
  const deps = {
    sealer: await createSealer(Buffer.alloc(32, 5)),
    blindIndex: createBlindIndex(Buffer.alloc(32, 6)),
    clock: systemClock,
    thresholds: defaultThresholds,
  };
  try {
    const reports = [...generated.reports].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
    const started = performance.now();
    for (const report of reports) {
      await database.db.transaction().execute((tx) => processReport(tx, deps, reportForProcessing(report)));
    }
    const seconds = (performance.now() - started) / 1000;
    const alerts = await database.db
      .selectFrom('correlation_alerts as a')
      .innerJoin('correlation_alert_reports as r', 'r.alert_id', 'a.id')
      .select(['a.id', 'a.kind', 'a.entity_id', 'r.report_id'])
      .execute();
    const truthByReport = new Map(generated.groundTruth.reports.map((t) => [t.reportId, t]));
    const byAlert = new Map<string, { kind: string; entityId: string | null; reportIds: string[] }>();
    for (const row of alerts) {
      const entry = byAlert.get(row.id) ?? { kind: row.kind, entityId: row.entity_id, reportIds: [] };
      entry.reportIds.push(row.report_id);
      byAlert.set(row.id, entry);
    }
    const entityFor = async (kind: 'phone' | 'location', key: string) =>
      (
        await database.db
          .selectFrom('pole_entities')
          .select('id')
          .where('kind', '=', kind)
          .where('blind_key', '=', deps.blindIndex(kind, key))
          .executeTakeFirst()
      )?.id;
    const alertedEntities = (kinds: string[]) =>
      new Set([...byAlert.values()].filter((a) => kinds.includes(a.kind) && a.entityId).map((a) => a.entityId));

    const dealLineEntities = alertedEntities(['possible_deal_line']);
    let linesFound = 0;
    for (const line of generated.groundTruth.lines) {
      const ids = await Promise.all(line.numbers.map((n) => entityFor('phone', n)));
      if (ids.some((id) => id !== undefined && dealLineEntities.has(id))) linesFound += 1;
    }
    const addressAlerts = alertedEntities(['possible_trap_house', 'possible_cuckooing']);
    const addresses = new Map(generated.world.addresses.map((a) => [a.id, a]));
    let trapsFound = 0;
    for (const trap of generated.groundTruth.trapHouses) {
      const address = addresses.get(trap.addressId);
      if (!address) continue;
      const street = address.street.toLowerCase().replace(/\s+/g, ' ');
      const ids = await Promise.all([
        entityFor('location', `address:${address.houseNumber.toLowerCase()}|${street}`),
        entityFor('location', `street:${street}`),
      ]);
      if (ids.some((id) => id !== undefined && addressAlerts.has(id))) trapsFound += 1;
    }
    const childAlertReports = new Set(
      [...byAlert.values()].filter((a) => a.kind === 'child_safeguarding').flatMap((a) => a.reportIds),
    );
    const childrenFound = generated.groundTruth.exploitedChildren.filter((child) =>
      [...childAlertReports].some((reportId) =>
        truthByReport.get(reportId)?.people.some((p) => p.clusterId === child.personId),
      ),
    ).length;
    const falseAlertList = [...byAlert.values()].filter((a) =>
      a.reportIds.every((id) => truthByReport.get(id)?.noise !== false),
    );
    const falseAlerts = falseAlertList.length;
    const alertsByKind: Record<string, number> = {};
    for (const alert of byAlert.values()) alertsByKind[alert.kind] = (alertsByKind[alert.kind] ?? 0) + 1;
    const falseAlertsByKind: Record<string, number> = {};
    for (const alert of falseAlertList) falseAlertsByKind[alert.kind] = (falseAlertsByKind[alert.kind] ?? 0) + 1;
    const share = (found: number, total: number) => (total === 0 ? Number.NaN : round(found / total, 3));
    return {
      seed: options.seed,
      reports: reports.length,
      lines: generated.groundTruth.lines.length,
      dealLinesSurfaced: share(linesFound, generated.groundTruth.lines.length),
      trapHousesSurfaced: share(trapsFound, generated.groundTruth.trapHouses.length),
      exploitedChildrenSurfaced: share(childrenFound, generated.groundTruth.exploitedChildren.length),
      alerts: byAlert.size,
      falseAlertShare: share(falseAlerts, byAlert.size),
      alertsByKind,
      falseAlertsByKind,
      secondsPerThousandReports: round((seconds / reports.length) * 1000, 2),
    };
  } finally {
    await database.close();
  }
}
