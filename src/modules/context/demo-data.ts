import { join } from 'node:path';

/** The St Albans police.uk months the demo imports (data/PROVENANCE.md; OGL v3.0). */
export const demoContextDataPath = join(import.meta.dirname, 'data', 'st-albans-police-uk.zip');
