// The triage module's public face: other modules import from here only.
export { registerInboxRoutes } from './inbox.routes.ts';
export { createInboxService } from './inbox.service.ts';
export { enqueueReportProcessing } from './report-processing.repository.ts';
export { processWaitingReports, reportProcessingJob } from './report-processor.ts';
export { createReportSearchService } from './report-search.service.ts';
export { registerReportSearchRoutes } from './report-search.routes.ts';
export { searchBackfillJob } from './report-search-index.ts';
export { createReportDeskService, type ReportDeskService } from './report-desk.service.ts';
export { registerReportDeskRoutes } from './report-desk.routes.ts';
