// Checked by `npm run typecheck` (never run): each @ts-expect-error line must be a type error, so
// if a misspelt column ever typechecks again, the unused directive fails the typecheck instead.
import type { Db } from '../../src/platform/db/database.ts';
import { updateIntelligenceReport } from '../../src/modules/intelligence/intelligence.repository.ts';

export async function typedUpdates(db: Db): Promise<void> {
  await updateIntelligenceReport(db, 'id', { priority: 'high', status: 'evaluated' });
  // @ts-expect-error: no column is called priorityy
  await updateIntelligenceReport(db, 'id', { priorityy: 'high' });
  const built = { priority: 'high' as const, priorityy: 'high' };
  // @ts-expect-error: changes built elsewhere are checked too
  await updateIntelligenceReport(db, 'id', built);
  // @ts-expect-error: a column of the wrong type
  await updateIntelligenceReport(db, 'id', { version: 'one' });
}
