// The network module's public face: other modules import from here only.
export { createCommunitiesService } from './communities.service.ts';
export { type Coordinates, locationCoordinates } from './coordinates.ts';
export { day, type HopLink, noFilters } from '../pole/index.ts';
export { createKeyPlayersService } from './key-players.service.ts';
export { authorise } from './network-access.ts';
export { createNetworkExportService } from './network-export.service.ts';
export { openLabel, roundConfidence } from './network.presenter.ts';
export { registerNetworkRoutes } from './network.routes.ts';
export { createNetworkService } from './network.service.ts';
