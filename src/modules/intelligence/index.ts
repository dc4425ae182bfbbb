// Intelligence as other modules see it (a minimal public face; more is added as needed).
export {
  formatGrade,
  intelligenceAssessments,
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
