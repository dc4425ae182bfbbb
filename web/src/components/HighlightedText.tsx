import type { ReactNode } from 'react';
import type { Highlight } from './highlights.ts';
import { entityKindLabels, labelFor } from './intel-labels.ts';
import { Link } from './Link.tsx';

const otherKindLabels: Readonly<Record<string, string>> = {
  ...entityKindLabels,
  drug: 'Drug',
  child_indicator: 'Sign a child is involved',
};

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
      // The kind is said first ("Person: Tyrese"): after the words, the hidden span could start the next line and
      // draw an empty piece of the mark there when the words end a line.
      <mark key={highlight.start} className={`lb-entity lb-entity--${highlight.kind}`}>
        <span className="lb-visually-hidden">{kind}: </span>
        {highlight.entityId ? <Link to={`/entities/${highlight.entityId}`}>{words}</Link> : words}
      </mark>,
    );
    at = highlight.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p className="lb-report-text">{parts}</p>;
}
