import type { PersonEntity } from './types.ts';

type Kind = PersonEntity['kind'];

// The "names or nicknames" answer holds nothing but names, so it needs no cue: it is split at
// commas, slashes, semicolons, "and", "or", and at "aka" / "known as" / "goes by", after which
// the part is a nickname ("Marcus Reid aka Tiny" is the name Marcus Reid and the nickname Tiny).
const ANSWER_SEPARATOR = /\s*(?:[,;/]|\band\b|\bor\b|&)\s*/iu;
const ANSWER_NICK_CUE = /\s*\b(?:aka|a\.k\.a\.?|known as|goes by|nicknamed|nickname|street name|also called)\b[:\s]*/iu;
const UNKNOWN_ANSWER = /^(?:i )?(?:do not|don'?t|dont) know\b|^(?:not known|unknown|no idea|none|n\/a)$/iu;

/**
 * The names and nicknames in a "names or nicknames" answer, in the order given. A nickname
 * given after "aka" (or "known as"…) of a name is that person's alias: `aliasOf` names them.
 */
export function namesInAnswer(answer: string): { name: string; kind: Kind; aliasOf?: string }[] {
  const out: { name: string; kind: Kind; aliasOf?: string }[] = [];
  const add = (raw: string, kind: Kind, aliasOf?: string) => {
    const name = raw
      .trim()
      .replace(/^["'‘“(]+|["'’”)]+$/gu, '')
      .trim();
    if (name === '' || name.length > 60 || UNKNOWN_ANSWER.test(name)) return;
    if (!/\p{L}|\p{N}/u.test(name)) return;
    out.push({ name, kind, ...(aliasOf === undefined ? {} : { aliasOf }) });
    return name;
  };
  if (UNKNOWN_ANSWER.test(answer.trim())) return [];
  // The name a following "aka" belongs to: this part's own, or ("Jay, known as J-Dog") the last one's.
  let lastName: string | undefined;
  for (const part of answer.split(ANSWER_SEPARATOR)) {
    const [first = '', ...nicknames] = part.split(ANSWER_NICK_CUE);
    // Quoted on its own ("'Tiny'"), a part is a nickname too.
    const quoted = /^\s*["'‘“].+["'’”]\s*$/u.test(first);
    const named = add(first, quoted ? 'nickname' : 'name');
    const aliasOf = first.trim() === '' ? lastName : quoted ? undefined : named;
    for (const nickname of nicknames) add(nickname, 'nickname', aliasOf);
    lastName = quoted ? undefined : (named ?? (first.trim() === '' ? lastName : undefined));
  }
  return out;
}
