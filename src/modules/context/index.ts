// The context module's public face (data.police.uk context, ADR 0043): other modules import from here only.
export { acquisitiveCategories, type AcquisitiveCategory, type Place } from './acquisitive-crime.ts';
export {
  createAcquisitiveCrimeService,
  contextDistrict,
  type AcquisitiveCrimeService,
} from './acquisitive-crime.service.ts';
export { registerContextRoutes } from './context.routes.ts';
export {
  createPoliceUkImportService,
  type ImportProgress,
  type ImportResult,
  type ImportSummary,
  type PoliceUkImportService,
} from './import-police-uk.service.ts';
export { demoContextDataPath } from './demo-data.ts';
export {
  countPoliceRows,
  districtStreetCounts,
  streetCrimesByLsoa,
  type LsoaCount,
  type StreetCount,
} from './police-uk.repository.ts';
