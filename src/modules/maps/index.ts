// The maps module's public face: other modules import from here only.
export { registerMapRoutes } from './maps.routes.ts';
export { createMapsService } from './maps.service.ts';
export { registerHotspotRoutes } from './hotspots.routes.ts';
export { createHotspotsService, type HotspotsService } from './hotspots.service.ts';
export { createTimePatternService, type TimePatternService } from './time-pattern.service.ts';
