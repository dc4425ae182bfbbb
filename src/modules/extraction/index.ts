// The extraction module's public face: other modules import from here only.
export { CHILD_PRESENCE_INDICATORS, extractChildIndicators } from './child-indicators.ts';
export { runExtractCommand } from './extract.command.ts';
export { extractEntities } from './extraction.ts';
export { namesInAnswer } from './answer-names.ts';
export type * from './types.ts';
