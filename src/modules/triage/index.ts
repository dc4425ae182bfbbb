// The triage module's public face: other modules import from here only.
export { registerInboxRoutes } from './inbox.routes.ts';
export { createInboxService } from './inbox.service.ts';
export { enqueueReportProcessing } from './report-processing.repository.ts';
export { reportProcessingJob } from './report-processor.ts';
