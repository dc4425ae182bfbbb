// The correlation module's public face: other modules import from here only.
export { registerAlertRoutes } from './alerts.routes.ts';
export { createAlertsService } from './alerts.service.ts';
export { correlateReport, type RaisedAlert } from './correlate.ts';
export {
  activityAtHomeInText,
  alertTitles,
  childConcern,
  type CorrelationThresholds,
  homeAtRisk,
  looksLikeDrugAdvert,
  suspectCuckooing,
  talksAboutDrugs,
} from './correlation-rules.ts';
export { alertKinds, type AlertKind } from './correlation.table.ts';
export { alertsAboutEntities, openAlertKinds } from './alerts-about.repository.ts';
export { alertEvidence, findAlert } from './alert.repository.ts';
export { eraseReportEvidence } from './alert-erasure.repository.ts';
export { alertCountsOfReports, alertRows, alertsCitingReport } from './alert-rows.repository.ts';
export { alertCountsByEntity, alertCountsByPeriod } from './alert-aggregates.repository.ts';
