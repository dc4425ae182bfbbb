import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Me, PartnerOrganisation, Team } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatting.ts';
import {
  actionDecisionLabels,
  assessmentLabels,
  handlingLabels,
  labelFor,
  priorityLabels,
  shortId,
  sourceEvaluationLabels,
  sourceTypeLabels,
} from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ReasonPrompt } from '../../components/ReasonPrompt.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { usePrintMarking } from '../../components/PrintMarking.tsx';
import { hasPermission } from '../Shell/navigation.ts';
import { GradingForm } from './GradingForm.tsx';
import { ArchiveButton, canArchive, DisseminateForm, ReviewForm, SubmitForReview } from './WorkflowActions.tsx';
import { IntelligenceLedTo } from '../Operations/IntelligenceLedTo.tsx';

export function IntelligenceScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/intelligence/{id}', { path: { id } }), [id]);
  // Recipients' names, for those who may see the directory (everyone else sees references).
  const mayDisseminate = hasPermission(me, 'intelligence.disseminate');
  const directory = useLoad(
    () =>
      mayDisseminate
        ? Promise.all([api.get('/api/admin/teams'), api.get('/api/admin/partner-organisations')])
        : Promise.resolve([[], []] as [Team[], PartnerOrganisation[]]),
    [mayDisseminate],
  );
  const recipientName = (type: string, recipientId: string) => {
    const [teams = [], organisations = []] = directory.data ?? [];
    const found =
      type === 'team' ? teams.find((t) => t.id === recipientId) : organisations.find((o) => o.id === recipientId);
    return `${type === 'team' ? 'Team' : 'Partner organisation'}: ${found?.name ?? shortId(recipientId)}`;
  };
  // A report operations closed with its result is no longer graded or reviewed: its forms go.
  const mayReadOperations = hasPermission(me, 'operations.read');
  const ledTo = useLoad(
    () =>
      mayReadOperations
        ? api.get('/api/operations/intelligence/{id}/led-to', { path: { id } })
        : Promise.resolve(undefined),
    [id, mayReadOperations],
  );
  const closed = Boolean(ledTo.data?.closed);
  const [done, setDone] = useState<string>();
  const [original, setOriginal] = useState<string>();
  // Printed pages carry this report's own marking and handling code.
  const printed = loaded.data;
  usePrintMarking(
    printed
      ? {
          marking: printed.gscMarking,
          handling: printed.grade?.handling ?? null,
          conditions: printed.grade?.conditions ?? null,
        }
      : null,
  );

  if (loaded.error) {
    return (
      <>
        <PageHeading title="Intelligence report not found">Intelligence report not found</PageHeading>
        <p>{loaded.error}</p>
        <Link to="/intelligence">Back to intelligence</Link>
      </>
    );
  }
  const report = loaded.data;
  if (!report) return <p>Loading the intelligence report…</p>;

  const changed = (message: string) => {
    setDone(message);
    loaded.reload();
  };
  const props = { me, report, onChanged: changed };
  const grade = report.grade;
  return (
    <>
      <p>
        <Link to="/intelligence">Back to intelligence</Link>
      </p>
      <PageHeading title={`Intelligence report ${report.reference}`}>
        Intelligence report {report.reference}
      </PageHeading>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <dl className="lb-summary">
        <dt>Status</dt>
        <dd>{report.statusLabel}</dd>
        <dt>Grade</dt>
        <dd>{grade ? <strong className="lb-grade">{grade.code}</strong> : 'Not graded yet'}</dd>
        {grade && (
          <>
            <dt>Source evaluation</dt>
            <dd>{labelFor(sourceEvaluationLabels, grade.source)}</dd>
            <dt>Intelligence assessment</dt>
            <dd>{labelFor(assessmentLabels, grade.assessment)}</dd>
            <dt>Handling code</dt>
            <dd>{labelFor(handlingLabels, grade.handling)}</dd>
            {grade.conditions && (
              <>
                <dt>Conditions</dt>
                <dd>{grade.conditions}</dd>
              </>
            )}
          </>
        )}
        <dt>Priority</dt>
        <dd>{labelFor(priorityLabels, report.priority)}</dd>
        <dt>Marking</dt>
        <dd>{report.gscMarking}</dd>
        {report.sourceType && (
          <>
            <dt>Source</dt>
            <dd>{labelFor(sourceTypeLabels, report.sourceType)}</dd>
          </>
        )}
        {report.submissionId && (
          <>
            <dt>From</dt>
            <dd>
              <Link to={`/inbox/reports/${report.submissionId}`}>Report {shortId(report.submissionId)}</Link>
            </dd>
          </>
        )}
        {report.actionDecision && (
          <>
            <dt>Recommended action</dt>
            <dd>{labelFor(actionDecisionLabels, report.actionDecision)}</dd>
          </>
        )}
        <dt>Review date</dt>
        <dd>{report.reviewDate}</dd>
        <dt>Last changed</dt>
        <dd>{formatDateTime(report.updatedAt)}</dd>
      </dl>

      <h2>Sanitised text</h2>
      <p className="lb-report-text">{report.sanitisedText ?? 'Not written yet.'}</p>
      {report.assessment !== undefined && (
        <>
          <h2>Analyst’s assessment</h2>
          <p className="lb-report-text">
            {report.assessment === '' || report.assessment === null ? 'None written yet.' : report.assessment}
          </p>
        </>
      )}
      {report.sourceEvaluationReason && (
        <>
          <h2>Why the source is graded so</h2>
          <p className="lb-report-text">{report.sourceEvaluationReason}</p>
        </>
      )}
      {report.reviewNote && (
        <>
          <h2>Supervisor’s note</h2>
          <p className="lb-report-text">{report.reviewNote}</p>
        </>
      )}

      {report.hasOriginal && hasPermission(me, 'report.read_sensitive') && (
        <>
          <h2>Original (restricted)</h2>
          {original !== undefined ? (
            <p className="lb-report-text">{original}</p>
          ) : (
            <ReasonPrompt
              id="original-reason"
              openLabel="Show the original"
              submitLabel="Show the original"
              onReason={async (reason) => {
                const answer = await api.post('/api/intelligence/{id}/original', {
                  path: { id: report.id },
                  body: {
                    reason,
                  },
                });
                setOriginal(answer.originalText);
              }}
            />
          )}
        </>
      )}

      {report.disseminations && report.disseminations.length > 0 && (
        <>
          <h2>Disseminated</h2>
          <table className="lb-table">
            <caption className="lb-caption">Disseminated to</caption>
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Why</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {report.disseminations.map((d) => (
                <tr key={`${d.recipientType}:${d.recipientId}:${d.disseminatedAt}`}>
                  <td>{recipientName(d.recipientType, d.recipientId)}</td>
                  <td>{d.justification}</td>
                  <td>{formatDateTime(d.disseminatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {hasPermission(me, 'operations.read') && report.grade && (
        <IntelligenceLedTo id={report.id} canClose={hasPermission(me, 'operations.target')} onClosed={ledTo.reload} />
      )}

      {!closed && ['new', 'evaluated'].includes(report.status) && hasPermission(me, 'intelligence.grade') && (
        <GradingForm
          key={report.version}
          report={report}
          onSaved={() => {
            changed('Grading saved.');
          }}
        />
      )}
      {!closed && report.status === 'evaluated' && hasPermission(me, 'intelligence.grade') && (
        <SubmitForReview {...props} />
      )}
      {!closed && report.status === 'awaiting_review' && hasPermission(me, 'intelligence.review') && (
        <ReviewForm {...props} />
      )}
      {['approved', 'disseminated'].includes(report.status) && hasPermission(me, 'intelligence.disseminate') && (
        <DisseminateForm {...props} />
      )}
      {canArchive(me, report) && <ArchiveButton {...props} />}
    </>
  );
}
