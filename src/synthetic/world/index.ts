// The world module's public face: other modules and the CLI import from here only.
export { demoWorldOptions } from './demo-world.ts';
export { composeReport, generateReports, NOISE_SHARE } from './generate-reports.ts';
export { buildWorld, generateWorld, worldGroundTruth, type GeneratedWorld } from './generate-world.ts';
export { generateOperations, lineSightings, WARRANT_VALIDITY_DAYS, type LineSighting } from './operations.ts';
export { CUCKOOING_SIGNS, EXPLOITATION_SIGNS, signDefinition, type SignDefinition } from './signs.ts';
export {
  defaultLineCount,
  MAX_LINES,
  MAX_REPORTS,
  resolveWorldOptions,
  WorldOptionsError,
  type ResolvedWorldOptions,
  type WorldOptions,
} from './world-options.ts';
export * from './world.types.ts';
