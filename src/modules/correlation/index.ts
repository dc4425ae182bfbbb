// Correlation alerts as other modules see them (a minimal public face; more is added as needed).
export { alertKinds, type AlertKind } from './correlation.table.ts';
export { alertsAboutEntities } from './alerts-about.repository.ts';
