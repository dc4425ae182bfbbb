export type ReportProcessingTable = {
  report_id: string;
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  last_error: string | null;
  processed_at: Date | null;
};
