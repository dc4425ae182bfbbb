import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import { createReportService, type ReportAnswers, type ReportCategory } from '../../modules/reports/index.ts';
import { enqueueReportProcessing } from '../../modules/triage/index.ts';
import {
  demoWorldOptions,
  generateWorld,
  type PublicReport,
  type ReportCategory as WorldCategory,
  type WorldOptions,
} from '../world/index.ts';

const categories: Readonly<Record<WorldCategory, ReportCategory>> = {
  dealing_at_address: 'dealing_place',
  vehicle: 'vehicle',
  phone_or_messages: 'phone_messages',
  young_person_exploited: 'young_person',
  home_taken_over: 'home_taken_over',
  recreational_use: 'drug_use',
  something_else: 'something_else',
};

/** A generated report as the public form would have stored it. */
export function answersFromGeneratedReport(report: PublicReport): ReportAnswers {
  const s = report.structured;
  return {
    about: { categories: [categories[report.category]] },
    where: s.where?.street
      ? {
          notAboutAPlace: false,
          street: s.where.street,
          ...(s.where.houseNumber ? { building: s.where.houseNumber } : {}),
          ...(s.where.postcode ? { postcode: s.where.postcode } : {}),
        }
      : { notAboutAPlace: true },
    ...(s.people || s.childInvolved !== undefined || s.vulnerableAdultInvolved !== undefined
      ? {
          who: {
            people: (s.people ?? []).map((p) => ({
              ...(p.description ? { description: p.description } : {}),
              // "Marcus Reid aka Tiny": triage records the nickname as the person's alias.
              ...(p.name || p.nickname ? { names: [p.name, p.nickname].filter(Boolean).join(' aka ') } : {}),
            })),
            childInvolved: s.childInvolved ? 'yes' : 'unknown',
            vulnerableAdultInvolved: s.vulnerableAdultInvolved ? 'yes' : 'unknown',
            lifeAtRisk: 'no',
          },
        }
      : {}),
    // The generator says at what times of day, not on which days (the time-pattern grid spreads those over the week).
    ...(s.when?.allHours || s.when?.timesOfDay?.length
      ? {
          when: {
            allHours: s.when.allHours ?? false,
            // The form has no "early morning": it falls in its morning (6am to midday).
            timesOfDay: [...new Set((s.when.timesOfDay ?? []).map((t) => (t === 'early_morning' ? 'morning' : t)))],
            days: [],
          },
        }
      : {}),
    ...(s.vehicles ? { vehicles: { vehicles: s.vehicles.map((v) => ({ ...v })) } } : {}),
    ...(s.phones ? { phones: { phones: s.phones.map((p) => ({ ...p })) } } : {}),
    'anything-else': { details: report.freeText },
    contact: { choice: 'anonymous' },
  };
}

/**
 * Fills a new development database with the demo world (a few hundred fictional reports about
 * three County Lines and the noise around them), each stored on the day it was "sent" through
 * the same service the public form uses, so the triage worker processes them like any other.
 */
export async function loadDemoWorld(
  deps: {
    db: Db;
    sealer: Sealer;
    audit: AuditTrail;
    receiptKey: Uint8Array;
    logger: Logger;
    sectorOf: (postcode: string) => string | undefined;
  },
  options: WorldOptions = demoWorldOptions,
): Promise<number> {
  const { reports } = generateWorld(options);
  const ordered = [...reports].sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
  for (const report of ordered) {
    const service = createReportService({
      ...deps,
      reportRecorded: enqueueReportProcessing,
      clock: { now: () => new Date(`${report.submittedOn}T12:00:00Z`) },
    });
    await deps.db.transaction().execute((tx) =>
      service.recordNewReport(tx, {
        channel: report.channel,
        answers: answersFromGeneratedReport(report),
        photos: [],
        actor: { type: 'system', id: 'demo-world' },
      }),
    );
  }
  deps.logger.info({ reports: ordered.length }, 'demo world loaded');
  return ordered.length;
}
