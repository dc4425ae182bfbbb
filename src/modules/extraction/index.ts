// The extraction capability as other modules see it.
export { extractEntities } from './extraction.ts';
export type * from './types.ts';
