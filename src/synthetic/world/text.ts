// Free text the way the public writes it. A report is built as sentences whose entity parts
// (numbers, registrations, street names, names) are locked, then rendered in one of a few styles:
// tidy, casual (text-speak, typos, missing full stops), all lower-case, or a call handler's note.
// Typos only ever touch unlocked words, so a misspelt street or a partial registration in a
// report is always a deliberate, recorded choice and never an accident of this step.
import type { Rng } from './prng.ts';

type Segment = { readonly text: string; readonly locked: boolean };

export type TextBuilder = {
  /** Adds one sentence; {name} placeholders are filled from vars and locked. */
  add(template: string, vars?: Readonly<Record<string, string>>): void;
  readonly sentenceCount: number;
  render(rng: Rng, channel: 'web' | 'phone'): string;
};

const TEXT_SPEAK: readonly (readonly [RegExp, string])[] = [
  [/\byou\b/g, 'u'],
  [/\byour\b/g, 'ur'],
  [/\bbecause\b/g, 'cos'],
  [/\bpeople\b/g, 'ppl'],
  [/\bgoing to\b/g, 'gonna'],
  [/\bdon't\b/g, 'dont'],
  [/\bcan't\b/g, 'cant'],
  [/\bI'm\b/g, 'im'],
  [/\bthere's\b/g, 'theres'],
  [/\bit's\b/g, 'its'],
  [/\bplease\b/g, 'pls'],
  [/\bthough\b/g, 'tho'],
];

const CALL_OPENERS = ['Caller reports', 'RP states', 'Caller states', 'Anon caller reports', 'Caller concerned -'];

function typo(rng: Rng, word: string): string {
  const at = rng.int(1, word.length - 2);
  const kind = rng.int(0, 2);
  if (kind === 0) return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word.charAt(at) + word.slice(at);
}

function roughen(rng: Rng, text: string, typoRate: number): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_SPEAK) {
    if (rng.chance(0.6)) out = out.replace(pattern, replacement);
  }
  return out.replace(/[A-Za-z]{5,}/g, (word) => (rng.chance(typoRate) ? typo(rng, word) : word));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function createTextBuilder(): TextBuilder {
  const sentences: Segment[][] = [];
  return {
    add(template, vars = {}) {
      const parts = template.split(/\{(\w+)\}/);
      const sentence: Segment[] = [];
      parts.forEach((part, i) => {
        if (i % 2 === 0) {
          if (part !== '') sentence.push({ text: part, locked: false });
          return;
        }
        const value = vars[part];
        if (value === undefined) throw new Error(`template variable {${part}} has no value`);
        sentence.push({ text: value, locked: true });
      });
      sentences.push(sentence);
    },
    get sentenceCount() {
      return sentences.length;
    },
    render(rng, channel) {
      const style =
        channel === 'phone'
          ? 'callnote'
          : rng.weighted([
              ['tidy', 25],
              ['casual', 50],
              ['lower', 20],
              ['shouty', 5],
            ] as const);
      const typoRate = style === 'casual' || style === 'lower' ? 0.04 : style === 'shouty' ? 0.02 : 0;
      const rendered = sentences.map((sentence) =>
        sentence
          .map((segment) =>
            segment.locked || style === 'tidy' || style === 'callnote'
              ? segment.text
              : roughen(rng, segment.text, typoRate),
          )
          .join('')
          .trim(),
      );
      if (style === 'tidy' || style === 'callnote') {
        const body = rendered.map((s) => capitalise(s) + (/[.!?]$/.test(s) ? '' : '.')).join(' ');
        if (style === 'tidy') return body;
        const note = `${rng.pick(CALL_OPENERS)} ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
        return rng.chance(0.2) ? note.toUpperCase() : note;
      }
      if (style === 'lower') return rendered.join(rng.pick([' ', ', ', ' - '])).toLowerCase();
      const joined = rendered
        .map((s, i) => (i === 0 && rng.chance(0.5) ? capitalise(s) : s))
        .reduce((text, s, i) => (i === 0 ? s : text + rng.pick(['. ', ' ', '.. ', ', ', '\n']) + s), '');
      if (style === 'shouty') {
        return `${joined} ${rng.pick(['PLEASE DO SOMETHING', 'SORT IT OUT', 'IT IS EVERY DAY'])}!!`;
      }
      return joined + rng.pick(['', '', '.', '!!', ' pls help']);
    },
  };
}
