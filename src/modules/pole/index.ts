// The POLE store as other modules see it (a minimal public face; more is added as needed).
export { entityKinds, type EntityKind } from './pole.table.ts';
export { entityLabelContext } from './pole-ingest.ts';
export { isRecordedChild, openEntityDetails, type EntityDetails } from './entity-details.ts';
export {
  findEntitiesByIds,
  findEntityIdByBlindKey,
  mentionsOfEntities,
  personIdsPage,
} from './person-facts.repository.ts';
