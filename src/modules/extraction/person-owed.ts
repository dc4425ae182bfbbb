// Whom a debt or a young person's work is owed to: "said he owed 'Stacks' £800", "sells sniff for Mr Blue", "give it
// to Jamal", "dropping food for Bando" in a text about dealing.
import { describesDealing, quotationAround } from './drug-talk.ts';
import { isListedGivenName } from './given-names.ts';
import { OWED_TO } from './person-cues.ts';
import { NOT_NAMES } from './person-words.ts';
import type { AddPerson } from './person-words.ts';
import { matchAll, QUOTATION_OPEN } from './spans.ts';

const DROPPED_FOR = /^(?:drop|drops|dropping|dropped)\b/i;
const NOT_DROPPED_FOR = new Set(
  'grandad grandma granny gran nan nana nanna auntie aunty uncle mum dad eid diwali christmas ramadan easter church cubs scouts brownies guides foodbank later tomorrow tonight'.split(
    ' ',
  ),
);

// A quotation opened in the 40 characters before a match and closed right after it.
const QUOTE_CLOSES = /^[.!?,]?["'’”](?![\p{L}\p{N}])/u;
function quotedSaying(input: string, m: RegExpMatchArray & { index: number }): boolean {
  const before = input.slice(Math.max(0, m.index - 40), m.index);
  return QUOTATION_OPEN.test(before) && QUOTE_CLOSES.test(input.slice(m.index + m[0].length));
}

// "'just carry for Nines, 300 a week'": whom a young person is told to carry or run for, inside what is said in a text
// about dealing, the name ending a phrase; not "'I carry for Sainsbury's on Saturdays'", "carry for Arsenal fans",
// "'I'm carrying for Grandad'".
function carriedFor(input: string, m: RegExpMatchArray & { index: number }): boolean {
  const end = m.index + m[0].length;
  return (
    /^(?:carry|carries|carrying|carried|run|runs|running|drop|drops|dropping)\b/i.test(m[0]) &&
    describesDealing(input) &&
    quotationAround(input, m.index) !== undefined &&
    /^[ \t]*(?:[,.!?'’"”]|$)/u.test(input.slice(end, end + 2)) &&
    !/^['’]s/u.test(input.slice(end, end + 2))
  );
}
const KIN = /^(?:grandad|grandma|gran|nan|nana|mum|mam|dad|uncle|auntie|aunty|brother|sister|cousin)$/i;

/** Whom a debt or work is owed to (see above). */
export function addOwedToNames(input: string, add: AddPerson): void {
  for (const m of matchAll(OWED_TO, input)) {
    const capital = m[2];
    // "dropping food for Bando": a drop for someone only in a text about dealing, and not for family or a feast
    // ("dropping food for Grandad", "for Eid").
    if (
      DROPPED_FOR.test(m[0]) &&
      (!describesDealing(input) || NOT_DROPPED_FOR.has((capital ?? m[1] ?? '').toLowerCase()))
    ) {
      continue;
    }
    if (m[1] !== undefined) add(m, m[1], 'nickname');
    else if (capital !== undefined && /^(?:Mr|Mrs|Ms|Miss)\b/u.test(capital)) add(m, capital, 'nickname');
    else if (capital !== undefined && isListedGivenName(capital)) add(m, capital, 'name');
    // "told a teammate he 'works for Tank'": whom the speaker works for, quoted as said, the name closing the quote.
    // Or inside what a young person is quoted as told, in a text about dealing ("'just carry for Nines, 300 a week'").
    else if (
      capital !== undefined &&
      !NOT_NAMES.has(capital.toLowerCase()) &&
      !KIN.test(capital) &&
      (quotedSaying(input, m) || carriedFor(input, m))
    ) {
      add(m, capital, 'nickname');
    }
  }
}
