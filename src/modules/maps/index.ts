// The maps module's public face: other modules import from here only.
export { registerMapRoutes } from './maps.routes.ts';
export { createMapsService } from './maps.service.ts';
