import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { StaffActor } from '../access/index.ts';
import type { HandlingCode, IntelligenceAssessment, SourceEvaluation, SourceType } from './grading.ts';
import { canReadIntelligence, isIntelligenceUnit } from './intelligence.policy.ts';
import { sealedFieldContext } from './intelligence.presenter.ts';
import { findIntelligenceWithRecipients } from './graded-intelligence.repository.ts';
import { listIntelligenceReports } from './intelligence.repository.ts';
import type { IntelligenceReportRow } from './intelligence.table.ts';

/** A graded intelligence report as another capability may quote it: grades and sanitised text only. */
export type GradedIntelligence = {
  readonly id: string;
  readonly reference: string;
  readonly sourceType: SourceType;
  readonly source: SourceEvaluation;
  readonly assessment: IntelligenceAssessment;
  readonly handling: HandlingCode;
  readonly sanitisedText: string;
  readonly createdOn: string;
};

function present(sealer: Sealer, row: IntelligenceReportRow): GradedIntelligence | null {
  if (row.source_evaluation === null || row.intelligence_assessment === null || row.handling_code === null) return null;
  return {
    id: row.id,
    reference: row.reference,
    sourceType: row.source_type,
    source: row.source_evaluation,
    assessment: row.intelligence_assessment,
    handling: row.handling_code,
    sanitisedText:
      row.sanitised_text_sealed === null
        ? ''
        : sealer.openText(row.sanitised_text_sealed, sealedFieldContext(row.id, 'sanitised')),
    createdOn: row.created_at.toISOString().slice(0, 10),
  };
}

/**
 * The graded reports among `ids` that the actor may read (the intelligence policy decides);
 * ungraded, archived and unreadable ones are left out, so callers compare lengths to refuse.
 * The caller audits the read.
 */
export async function readableGradedIntelligence(
  deps: { db: DbOrTx; sealer: Sealer },
  actor: StaffActor,
  ids: readonly string[],
): Promise<GradedIntelligence[]> {
  const { rows, disseminations } = await findIntelligenceWithRecipients(deps.db, ids);
  return rows
    .filter((row) => row.status !== 'archived')
    .filter((row) =>
      canReadIntelligence(
        actor,
        row,
        disseminations.filter((d) => d.intelligence_id === row.id),
      ),
    )
    .flatMap((row) => {
      const graded = present(deps.sealer, row);
      return graded ? [graded] : [];
    });
}

/** The most recent graded reports the actor may read, to choose from. */
export async function listReadableGradedIntelligence(
  deps: { db: DbOrTx; sealer: Sealer },
  actor: StaffActor,
  limit: number,
): Promise<GradedIntelligence[]> {
  const unit = isIntelligenceUnit(actor);
  const rows = await listIntelligenceReports(deps.db, {
    statuses: unit ? ['evaluated', 'awaiting_review', 'approved', 'disseminated'] : ['disseminated'],
    ...(unit ? {} : { recipients: { teamIds: actor.teamIds, partnerOrganisationId: actor.partnerOrganisationId } }),
    limit,
  });
  return rows.flatMap((row) => {
    const graded = present(deps.sealer, row);
    return graded ? [graded] : [];
  });
}
