// Names for the deal-line, link-analysis and map answers, taken from the generated contract
// (schema.d.ts) so they cannot drift from the server's route schemas.
import type { Got } from './client.ts';

export type DealLineSummary = Got<'/api/deal-lines'>['items'][number];
export type DealLineStatus = DealLineSummary['status'];
export type DealLineProfile = Got<'/api/deal-lines/{id}'>;
export type LineRef = DealLineProfile['predecessors'][number];
export type LinkedEntity = DealLineProfile['vehicles'][number];
export type EntityKind = LinkedEntity['kind'];
export type Coordinates = NonNullable<DealLineProfile['addresses'][number]['coordinates']>;
export type CoordinateSource = Coordinates['source'];
export type NetworkView = Got<'/api/network/expand'>;
export type NetworkNode = NetworkView['nodes'][number];
export type NetworkLink = NetworkView['links'][number];
export type NetworkAnalysis = Got<'/api/network/analysis'>;
export type SuggestedRole = NetworkAnalysis['suggestions'][number];
export type Grouping = NetworkAnalysis['components'][number];
export type KeyPlayers = Got<'/api/network/key-players'>;
export type PathView = Got<'/api/network/path'>;
export type FlaggedLocations = Got<'/api/maps/flagged-locations'>;
export type FlagReason = FlaggedLocations['unplaced'][number]['reasons'][number];
