import type { ReactNode } from 'react';
import type { Extraction, LinkedEntity } from '../api/intel-types.ts';
import { entityKindLabels, labelFor } from './intel-labels.ts';
import { Link } from './Link.tsx';

type Highlight = { start: number; end: number; kind: string; entityId: string | undefined };

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

const otherKindLabels: Readonly<Record<string, string>> = {
  ...entityKindLabels,
  drug: 'Drug',
  child_indicator: 'Sign a child is involved',
};

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
  all.sort((a, b) => a.start - b.start || Number(b.entityId !== undefined) - Number(a.entityId !== undefined));
  const kept: Highlight[] = [];
  for (const highlight of all) {
    const last = kept.at(-1);
    if (last && highlight.start < last.end) continue;
    kept.push(highlight);
  }
  return kept;
}

/**
 * Report text with its extracted entities marked and linked to their entity pages. Built from
 * React elements only: the reporter's words are always rendered as text, never as HTML.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const highlight of highlights) {
    if (highlight.start > at) parts.push(text.slice(at, highlight.start));
    const words = text.slice(highlight.start, highlight.end);
    const kind = labelFor(otherKindLabels, highlight.kind);
    parts.push(
      <mark key={highlight.start} className={`lb-entity lb-entity--${highlight.kind}`}>
        {highlight.entityId ? <Link to={`/entities/${highlight.entityId}`}>{words}</Link> : words}
        <span className="lb-visually-hidden"> ({kind})</span>
      </mark>,
    );
    at = highlight.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p className="lb-report-text">{parts}</p>;
}
