import { demoContextDataPath } from '../../modules/context/index.ts';
import type { Services } from '../../main/services.ts';

/**
 * The demo's police.uk context: St Albans street crime for 2021-01 to 2022-01 (OGL v3.0, see
 * src/modules/context/data/PROVENANCE.md), imported like a download.
 */
export async function loadDemoContext(services: Pick<Services, 'policeUkImport'>) {
  const result = await services.policeUkImport.importPath(demoContextDataPath, { actorId: 'demo' });
  if (!result.ok) throw new Error(`demo context data did not import: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const street = result.summary.kinds.street;
  return { policeUkStreetCrimes: street.imported + street.unchanged, months: result.summary.months.length };
}
