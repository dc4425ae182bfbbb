import type { Clock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  correlateReport,
  type CorrelationThresholds,
  looksLikeDrugAdvert,
  type RaisedAlert,
} from '../correlation/index.ts';
import { extractEntities, type Extraction } from '../extraction/index.ts';
import {
  type IngestedEntity,
  ingestReportObservations,
  type Observation,
  observationsFromExtraction,
} from '../pole/index.ts';
import { createReportPersonResolver, type ReportPlace } from '../resolution/index.ts';

/** Indicators that say a child is present, not only that someone shows a sign of exploitation. */
const childPresenceIndicators: ReadonlySet<string> = new Set([
  'child_mentioned_age_under_18',
  'school_uniform',
  'school_age_term',
]);

/** A submission as the triage pipeline sees it, whatever channel it came from. */
export type ReportForProcessing = {
  readonly reportId: string;
  readonly submittedOn: string;
  /** Every free-text answer, by field, e.g. { field: 'details', text: '…' }. */
  readonly texts: readonly { readonly field: string; readonly text: string }[];
  /** Identifiers typed into structured answers (already separate fields on the form). */
  readonly structured: readonly Observation[];
  readonly childInvolved: boolean;
  readonly cuckooingSigns: boolean;
  readonly advertisesDrugs: boolean;
};

export type ProcessedReport = {
  readonly extractions: readonly { readonly field: string; readonly extraction: Extraction }[];
  readonly entities: readonly IngestedEntity[];
  readonly alerts: readonly RaisedAlert[];
};

/**
 * Extract → resolve → link → correlate, for one report, inside the caller's transaction.
 * A child indicator found in the free text counts as a child being involved even when the
 * reporter did not tick the box: the safeguarding alert must not depend on the checkbox.
 */
export async function processReport(
  tx: DbOrTx,
  deps: { sealer: Sealer; blindIndex: BlindIndex; clock: Clock; thresholds: CorrelationThresholds },
  report: ReportForProcessing,
): Promise<ProcessedReport> {
  const extractions = report.texts.map(({ field, text }) => ({ field, extraction: extractEntities(text) }));
  const observations = [
    ...report.structured,
    ...extractions.flatMap(({ field, extraction }) => observationsFromExtraction(extraction, field)),
  ];
  const childInText = extractions.some(({ extraction }) =>
    extraction.childIndicators.some((found) => childPresenceIndicators.has(found.indicator)),
  );
  const ingest = await ingestReportObservations(tx, deps, {
    reportId: report.reportId,
    observedOn: report.submittedOn,
    observations,
  });
  if (ingest.alreadyIngested) return { extractions, entities: [], alerts: [] };
  await createReportPersonResolver(deps).resolve(tx, {
    observedOn: report.submittedOn,
    people: ingest.entities
      .filter((entity) => entity.kind === 'person')
      .map((entity) => ({ entityId: entity.id, key: entity.observation.key, age: entity.observation.age })),
    place: placeOf(observations),
  });
  const alerts = await correlateReport(
    tx,
    deps,
    {
      reportId: report.reportId,
      observedOn: report.submittedOn,
      childInvolved: report.childInvolved || childInText,
      cuckooingSigns: report.cuckooingSigns,
      advertisesDrugs:
        report.advertisesDrugs &&
        report.texts.some(({ field, text }, index) =>
          isMessageField(field) ? looksLikeDrugAdvert(text, extractions[index]?.extraction.drugs.length ?? 0) : false,
        ),
    },
    ingest.entities,
  );
  return { extractions, entities: ingest.entities, alerts };
}

/** Fields holding a message the reporter received, quoted (e.g. "phones.0.messageText"). */
function isMessageField(field: string): boolean {
  return field.endsWith('messageText');
}

/** The first full postcode and the first street a report gives: where the people it names were seen. */
function placeOf(observations: readonly Observation[]): ReportPlace {
  const locations = observations.filter((o) => o.kind === 'location');
  const postcode = locations.find((o) => o.key.startsWith('postcode:'))?.key.slice('postcode:'.length);
  const street = locations.find((o) => o.key.startsWith('address:') || o.key.startsWith('street:'))?.label;
  return { postcode, street };
}
