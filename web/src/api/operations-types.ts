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
