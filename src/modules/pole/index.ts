// The pole module's public face: other modules import from here only.
export { registerEntityRoutes } from './entities.routes.ts';
export { createEntitiesService } from './entities.service.ts';
export { type EntityDetails, isRecordedChild, openEntityDetails, sealEntityDetails } from './entity-details.ts';
export { readNeo4jExport } from './neo4j/neo4j-files.ts';
export { importPlanIntoPole } from './neo4j/neo4j-pole-import.ts';
export { planNeo4jImport } from './neo4j/neo4j-pole-mapping.ts';
export { type Observation, observationsFromExtraction } from './observations.ts';
export { entityLabelContext, type IngestedEntity, ingestReportObservations } from './pole-ingest.ts';
export { type EntityKind, entityKinds } from './pole.table.ts';
export {
  entitiesWithReportCount,
  findEntities,
  findEntity,
  updateEntityDetails,
  type EntityFilter,
} from './entity.repository.ts';
export type { PoleEntityRow } from './pole.table.ts';
export {
  findEntitiesByIds,
  findEntityIdByBlindKey,
  latestMentionsOfEntities,
  mentionsOfEntities,
  personIdsPage,
} from './person-facts.repository.ts';
export { eraseReportFromPole, type PoleErasureCounts } from './pole-erasure.repository.ts';
export {
  entitiesRepeated,
  type RepeatedEntity,
  linksOfEntities,
  newestReports,
  recentReports,
  reportsBehindLinks,
} from './pole-activity.repository.ts';
export {
  linksFromFrontier,
  linksBetween,
  entitiesByIds,
  reportsForLinks,
  reportsForEntities,
  storeDegrees,
  allLinkPairs,
} from './graph.repository.ts';
export {
  noFilters,
  day,
  otherEnd,
  degrees,
  type GraphFilters,
  type GraphLink,
  type HopLink,
  type GraphEntity,
  type Subgraph,
} from './graph.ts';
export { entityKindRows, linkRows, liveLocationRows, mentionRows } from './pole-rows.repository.ts';
export {
  allLiveLocations,
  locationReportCounts,
  locationsByIds,
  reportIdsMentioningLocations,
} from './pole-aggregates.repository.ts';
