/** The analyst a report is assigned to (one at most). */
export type ReportAssignmentTable = {
  report_id: string;
  assignee_id: string;
  assigned_at: Date;
};

/** Who has a report open now: a claim renewed while the page is open, stale after a few minutes. */
export type ReportViewerTable = {
  report_id: string;
  user_id: string;
  seen_at: Date;
};

/** A report marked as repeating an earlier one. */
export type ReportDuplicateTable = {
  report_id: string;
  duplicate_of: string;
  marked_at: Date;
};
