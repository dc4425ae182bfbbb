import type { Sealer } from '../../platform/crypto/sealer.ts';
import { formatGrade, handlingCodes } from './grading.ts';
import type { IntelligenceDisseminationRow, IntelligenceReportRow } from './intelligence.table.ts';
import { statusLabels } from './status.ts';

export function sealedFieldContext(id: string, field: 'sanitised' | 'original' | 'assessment'): string {
  return `intelligence:${id}:${field}`;
}

const day = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * What a reader of an intelligence report receives. The unsanitised original is never part of
 * it (it has its own, reasoned and audited read); readers outside the intelligence unit do not
 * see the analyst's assessment or the researched systems.
 */
export function presentIntelligenceReport(
  row: IntelligenceReportRow,
  disseminations: readonly IntelligenceDisseminationRow[],
  options: { sealer: Sealer; forUnit: boolean },
) {
  const open = (sealed: Uint8Array | null, field: 'sanitised' | 'assessment') =>
    sealed === null ? null : options.sealer.openText(sealed, sealedFieldContext(row.id, field));
  const graded = row.source_evaluation !== null && row.intelligence_assessment !== null && row.handling_code !== null;
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    statusLabel: statusLabels[row.status],
    priority: row.priority,
    gscMarking: row.gsc_marking,
    grade: graded
      ? {
          code: formatGrade({
            source: row.source_evaluation ?? '2',
            assessment: row.intelligence_assessment ?? 'D',
            handling: row.handling_code ?? 'P',
          }),
          source: row.source_evaluation,
          assessment: row.intelligence_assessment,
          handling: row.handling_code,
          handlingLabel: row.handling_code ? handlingCodes[row.handling_code] : null,
          conditions: row.handling_conditions,
        }
      : null,
    sanitisedText: open(row.sanitised_text_sealed, 'sanitised'),
    reviewDate: day(row.review_date),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    ...(options.forUnit
      ? {
          submissionId: row.submission_id,
          sourceType: row.source_type,
          sourceEvaluationReason: row.source_evaluation_reason,
          assessment: open(row.assessment_sealed, 'assessment'),
          actionDecision: row.action_decision,
          researchedSystems: row.researched_systems,
          evaluatedBy: row.evaluated_by,
          reviewedBy: row.reviewed_by,
          reviewNote: row.review_note,
          hasOriginal: row.original_text_sealed !== null,
          disseminations: disseminations.map((d) => ({
            recipientType: d.recipient_type,
            recipientId: d.recipient_id,
            justification: d.justification,
            disseminatedBy: d.disseminated_by,
            disseminatedAt: d.disseminated_at.toISOString(),
          })),
        }
      : {}),
  };
}

export type IntelligenceReportView = ReturnType<typeof presentIntelligenceReport>;
