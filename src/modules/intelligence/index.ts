// The intelligence module's public face: other modules import from here only.
export { createIntelligenceWorkflow } from './intelligence-workflow.service.ts';
export { registerIntelligenceRoutes } from './intelligence.routes.ts';
export { createIntelligenceService } from './intelligence.service.ts';
export {
  actionDecisions,
  formatGrade,
  handlingCodes,
  intelligenceAssessments,
  sourceTypes,
  sourceEvaluations,
  type IntelligenceAssessment,
  type SourceEvaluation,
} from './grading.ts';
export { gradedIntelligenceFromReports } from './graded-intelligence.repository.ts';
export {
  listReadableGradedIntelligence,
  readableGradedIntelligence,
  type GradedIntelligence,
} from './graded-intelligence.ts';
