import type { DbOrTx } from '../../platform/db/database.ts';

/** Marks or clears a report's "for translation"; answers the report's language, or undefined if none. */
export async function setForTranslation(
  db: DbOrTx,
  reportId: string,
  forTranslation: boolean,
): Promise<{ language: string; was: boolean } | undefined> {
  const before = await db
    .selectFrom('reports')
    .select(['language', 'for_translation'])
    .where('id', '=', reportId)
    .forUpdate()
    .executeTakeFirst();
  if (before === undefined) return undefined;
  if (before.for_translation !== forTranslation) {
    await db.updateTable('reports').set({ for_translation: forTranslation }).where('id', '=', reportId).execute();
  }
  return { language: before.language, was: before.for_translation };
}
