import type { Extraction, LinkedEntity } from '../api/intel-types.ts';

// Which words of a report text to mark, and which entity page each opens. Pure, so it is
// tested in Node (test/web/highlights.test.ts) as well as through the browser.

export type Highlight = { start: number; end: number; kind: string; entityId: string | undefined };

const extractionKinds: readonly [keyof Extraction, string][] = [
  ['phones', 'phone'],
  ['vehicles', 'vehicle'],
  ['postcodes', 'location'],
  ['emails', 'email'],
  ['handles', 'online_account'],
  ['addresses', 'location'],
  ['people', 'person'],
  ['drugs', 'drug'],
  ['childIndicators', 'child_indicator'],
];

/** The spans found in one text, each with the entity it resolved to (when it became one). */
export function highlightsOf(field: string, entities: Extraction, linked: readonly LinkedEntity[]): Highlight[] {
  const all: Highlight[] = [];
  for (const [list, kind] of extractionKinds) {
    for (const span of entities[list]) {
      const match = linked.find(
        (entity) => entity.field === field && entity.spanStart === span.start && entity.spanEnd === span.end,
      );
      all.push({ start: span.start, end: span.end, kind: match?.kind ?? kind, entityId: match?.entityId });
    }
  }
  // Earliest first; of overlapping spans, the linked (or longer) one wins.
  all.sort(
    (a, b) =>
      a.start - b.start ||
      Number(b.entityId !== undefined) - Number(a.entityId !== undefined) ||
      b.end - b.start - (a.end - a.start),
  );
  const kept: Highlight[] = [];
  for (const highlight of all) {
    const last = kept.at(-1);
    if (last && highlight.start < last.end) continue;
    kept.push(highlight);
  }
  return kept;
}
