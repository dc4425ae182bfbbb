import type { Clock } from '../../platform/clock.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  activityAtHomeInText,
  childConcern,
  correlateReport,
  type CorrelationThresholds,
  looksLikeDrugAdvert,
  type RaisedAlert,
  talksAboutDrugs,
} from '../correlation/index.ts';
import {
  CHILD_PRESENCE_INDICATORS,
  extractChildIndicators,
  extractEntities,
  type Extraction,
} from '../extraction/index.ts';
import {
  type IngestedEntity,
  ingestReportObservations,
  type Observation,
  observationsFromExtraction,
} from '../pole/index.ts';
import { createReportPersonResolver, type ReportPersonResolver, type ReportPlace } from '../resolution/index.ts';

/** A submission as the triage pipeline sees it, whatever channel it came from. */
export type ReportForProcessing = {
  readonly reportId: string;
  readonly submittedOn: string;
  /** Every free-text answer, by field, e.g. { field: 'details', text: '…' }. */
  readonly texts: readonly { readonly field: string; readonly text: string }[];
  /** Identifiers typed into structured answers (already separate fields on the form). */
  readonly structured: readonly Observation[];
  readonly childInvolved: boolean;
  /** Signs of child criminal exploitation ticked on the form (codes), if any. */
  readonly exploitationSigns?: readonly string[];
  /** The form's answers alone show cuckooing: someone at risk and activity at the home (suspectCuckooing). */
  readonly cuckooingSigns: boolean;
  /** The form shows someone at risk at a home (homeAtRisk); the text may show the activity. */
  readonly homeAtRisk?: boolean;
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
 * reporter did not tick the box: the safeguarding alert must not depend on the checkbox. What
 * the child is at risk of (exploitation, or using drugs) decides the alert (see childConcern).
 */
export async function processReport(
  tx: DbOrTx,
  deps: {
    sealer: Sealer;
    blindIndex: BlindIndex;
    clock: Clock;
    thresholds: CorrelationThresholds;
    /**
     * The triage job's one resolver, which keeps the trained person-match model between reports
     * (loading it parses every name count); without it, one made for this report alone.
     */
    personResolver?: ReportPersonResolver;
  },
  report: ReportForProcessing,
): Promise<ProcessedReport> {
  const extractions = report.texts.map(({ field, text }) => ({ field, extraction: extractEntities(text) }));
  const observations = [
    ...report.structured,
    ...extractions.flatMap(({ field, extraction }) => observationsFromExtraction(extraction, field)),
  ];
  const allText = report.texts.map(({ text }) => text).join('\n');
  const drugsMentioned = extractions.some(({ extraction }) => extraction.drugs.length > 0);
  const childInText = extractions.some(({ extraction }) =>
    extraction.childIndicators.some((found) => CHILD_PRESENCE_INDICATORS.has(found.indicator)),
  );
  const childPresent = report.childInvolved || childInText;
  // With a child in the report, every answer's signs are about that child (see extractChildIndicators).
  const signs = childPresent
    ? report.texts.flatMap(({ text }) => extractChildIndicators(text, { childKnown: true }))
    : [];
  const concern = childConcern({
    childPresent,
    exploitationSigns:
      (report.exploitationSigns?.length ?? 0) +
      signs.filter((found) => !CHILD_PRESENCE_INDICATORS.has(found.indicator)).length,
    drugsMentioned,
    text: allText,
  });
  const ingest = await ingestReportObservations(tx, deps, {
    reportId: report.reportId,
    observedOn: report.submittedOn,
    observations,
  });
  if (ingest.alreadyIngested) return { extractions, entities: [], alerts: [] };
  await (deps.personResolver ?? createReportPersonResolver(deps)).resolve(tx, {
    observedOn: report.submittedOn,
    people: ingest.entities
      .filter((entity) => entity.kind === 'person')
      .map((entity) => ({
        entityId: entity.id,
        key: entity.observation.key,
        age: entity.observation.age,
        isNew: entity.isNew,
      })),
    place: placeOf(observations),
  });
  const alerts = await correlateReport(
    tx,
    deps,
    {
      reportId: report.reportId,
      observedOn: report.submittedOn,
      childConcern: concern,
      drugTalk: talksAboutDrugs(allText, drugsMentioned),
      cuckooingSigns:
        report.cuckooingSigns || (report.homeAtRisk === true && activityAtHomeInText(allText, drugsMentioned)),
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
