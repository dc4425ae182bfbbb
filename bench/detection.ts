import { defaultThresholds, homeAtRisk, suspectCuckooing } from '../src/modules/correlation/correlation-rules.ts';
import { createReportPersonResolver } from '../src/modules/resolution/index.ts';
import { processReport } from '../src/modules/triage/process-report.ts';
import { observationsFromStructured } from '../src/modules/triage/structured-observations.ts';
import { generateWorld, type PublicReport } from '../src/synthetic/world/index.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createBlindIndex } from '../src/platform/crypto/blind-index.ts';
import { createSealer } from '../src/platform/crypto/sealer.ts';
import { freshDatabase, percentile, round, type BenchEngine } from './support.ts';

const median = (values: number[]) =>
  values.length === 0
    ? Number.NaN
    : percentile(
        [...values].sort((a, b) => a - b),
        50,
      );

export type DetectionResult = {
  seed: number;
  reports: number;
  lines: number;
  dealLinesSurfaced: number;
  trapHousesSurfaced: number;
  exploitedChildrenSurfaced: number;
  alerts: number;
  /** False share of the County Lines alerts (every kind but child_drug_use, a welfare referral). */
  falseAlertShare: number;
  /**
   * Median, over the lines surfaced, of the reports about a line received up to and including the one that
   * raised its first deal-line alert.
   */
  medianReportsBeforeLineSurfaced: number;
  /** Alerts by kind, and those backed by noise reports only: where the false alerts come from. */
  alertsByKind: Record<string, number>;
  falseAlertsByKind: Record<string, number>;
  /** What the reports behind the false alerts were really about ("kind:subject" → alerts). */
  falseAlertSubjects: Record<string, number>;
  secondsPerThousandReports: number;
};

/** What the triage pipeline is told about a generated report (the form's answers, as stored). */
export function reportForProcessing(report: PublicReport) {
  const s = report.structured;
  const vulnerableResident =
    s.vulnerableAdultInvolved === true ||
    (s.cuckooingSigns ?? []).some((code) => code.startsWith('cuckooing.resident_'));
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
    exploitationSigns: s.exploitationSigns ?? [],
    cuckooingSigns: suspectCuckooing({
      homeTakenOver: report.category === 'home_taken_over',
      vulnerableResident,
      activityAtHome:
        report.category === 'dealing_at_address' ||
        (s.cuckooingSigns ?? []).some(
          (code) => !code.startsWith('cuckooing.resident_') && code !== 'cuckooing.new_faces',
        ),
    }),
    homeAtRisk: homeAtRisk({ homeTakenOver: report.category === 'home_taken_over', vulnerableResident }),
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
  const keys = { sealer: await createSealer(Buffer.alloc(32, 5)), blindIndex: createBlindIndex(Buffer.alloc(32, 6)) };
  // One person resolver for the run, as the triage job keeps one (it holds the trained model between reports).
  const deps = {
    ...keys,
    clock: systemClock,
    thresholds: defaultThresholds,
    personResolver: createReportPersonResolver(keys),
  };
  try {
    const reports = [...generated.reports].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
    const started = performance.now();
    // The position (1-based, in arrival order) of the report that first raised a deal-line alert on an entity.
    const dealLineRaisedAt = new Map<string, number>();
    for (const [index, report] of reports.entries()) {
      const processed = await database.db
        .transaction()
        .execute((tx) => processReport(tx, deps, reportForProcessing(report)));
      for (const alert of processed.alerts) {
        if (alert.kind === 'possible_deal_line' && alert.entityId !== null && !dealLineRaisedAt.has(alert.entityId)) {
          dealLineRaisedAt.set(alert.entityId, index + 1);
        }
      }
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
    const reportsBeforeSurfaced: number[] = [];
    for (const line of generated.groundTruth.lines) {
      const ids = await Promise.all(line.numbers.map((n) => entityFor('phone', n)));
      if (ids.some((id) => id !== undefined && dealLineEntities.has(id))) linesFound += 1;
      const raisedAt = Math.min(
        ...ids.map((id) => (id === undefined ? Infinity : (dealLineRaisedAt.get(id) ?? Infinity))),
      );
      if (raisedAt === Infinity) continue;
      const about = reports
        .slice(0, raisedAt)
        .filter((report) => truthByReport.get(report.id)?.lineId === line.lineId).length;
      reportsBeforeSurfaced.push(about);
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
    // A County Lines alert is false when only noise reports back it. A child_drug_use alert is a welfare referral,
    // not a County Lines alert: it is right when a report behind it is about a young person using drugs (a person
    // under 18 in the world, or the generator's "teenagers using drugs in public" noise) and wrong otherwise.
    const ages = new Map(generated.world.people.map((p) => [p.id, p.age]));
    const aboutYoungDrugUse = (id: string) => {
      const truth = truthByReport.get(id);
      if (truth === undefined) return false;
      return (
        truth.subject === 'recreational.public' ||
        (truth.kind === 'recreational' && truth.people.some((p) => (ages.get(p.clusterId) ?? 99) < 18))
      );
    };
    const isFalse = (a: { kind: string; reportIds: string[] }) =>
      a.kind === 'child_drug_use'
        ? !a.reportIds.some(aboutYoungDrugUse)
        : a.reportIds.every((id) => truthByReport.get(id)?.noise !== false);
    const falseAlertList = [...byAlert.values()].filter(isFalse);
    const countyLinesAlerts = [...byAlert.values()].filter((a) => a.kind !== 'child_drug_use');
    const falseAlerts = countyLinesAlerts.filter(isFalse).length;
    const alertsByKind: Record<string, number> = {};
    for (const alert of byAlert.values()) alertsByKind[alert.kind] = (alertsByKind[alert.kind] ?? 0) + 1;
    const falseAlertsByKind: Record<string, number> = {};
    for (const alert of falseAlertList) falseAlertsByKind[alert.kind] = (falseAlertsByKind[alert.kind] ?? 0) + 1;
    const falseAlertSubjects: Record<string, number> = {};
    for (const alert of falseAlertList) {
      const subject = `${alert.kind}:${truthByReport.get(alert.reportIds[0] ?? '')?.subject ?? '?'}`;
      falseAlertSubjects[subject] = (falseAlertSubjects[subject] ?? 0) + 1;
    }
    const share = (found: number, total: number) => (total === 0 ? Number.NaN : round(found / total, 3));
    return {
      seed: options.seed,
      reports: reports.length,
      lines: generated.groundTruth.lines.length,
      dealLinesSurfaced: share(linesFound, generated.groundTruth.lines.length),
      trapHousesSurfaced: share(trapsFound, generated.groundTruth.trapHouses.length),
      exploitedChildrenSurfaced: share(childrenFound, generated.groundTruth.exploitedChildren.length),
      alerts: byAlert.size,
      falseAlertShare: share(falseAlerts, countyLinesAlerts.length),
      medianReportsBeforeLineSurfaced: median(reportsBeforeSurfaced),
      alertsByKind,
      falseAlertsByKind,
      falseAlertSubjects,
      secondsPerThousandReports: round((seconds / reports.length) * 1000, 2),
    };
  } finally {
    await database.close();
  }
}
