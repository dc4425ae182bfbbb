// Names for the operations answers (targets, warrants, arrests), taken from the generated
// contract (schema.d.ts) so they cannot drift from the server's route schemas.
import type { Got } from './client.ts';

export type Target = Got<'/api/operations/targets'>['items'][number];
export type TargetPriority = Target['priority'];
export type Band = TargetPriority['band'];
export type VictimStatus = NonNullable<Target['victim']>;
export type TargetDetail = Got<'/api/operations/targets/{id}'>;
export type PersonOperationsStatus = Got<'/api/operations/persons/{id}'>;
export type GradedIntelligence = Got<'/api/operations/warrant-intelligence'>['items'][number];
export type WarrantSummary = Got<'/api/operations/warrants'>['items'][number];
export type WarrantStatus = WarrantSummary['status'];
export type WarrantDetail = Got<'/api/operations/warrants/{id}'>;
export type WarrantEntry = WarrantDetail['entries'][number];
export type ArrestSummary = Got<'/api/operations/arrests'>['items'][number];
export type ArrestDetail = Got<'/api/operations/arrests/{id}'>;
/** A graded intelligence report behind an operational record (grades as cited by the warrant). */
export type IntelligenceRef = ArrestDetail['intelligence'][number];
export type IntelligenceLedTo = Got<'/api/operations/intelligence/{id}/led-to'>;
// Tasking for the TT&CG.
export type OperationSummary = Got<'/api/operations/operations'>['items'][number];
export type OperationView = Got<'/api/operations/operations/{id}'>;
export type TaskView = OperationView['tasks'][number];
export type Agenda = Got<'/api/operations/tasking/agenda'>;
export type Assignees = Got<'/api/operations/tasking/assignees'>;
export type LineDisruption = Got<'/api/operations/deal-lines/{id}/disruption'>;
