// The extraction module's public face: other modules import from here only.
export { runExtractCommand } from './extract.command.ts';
export { extractEntities } from './extraction.ts';
export { namesInAnswer } from './people.ts';
export type { Extraction } from './types.ts';
