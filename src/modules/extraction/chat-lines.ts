// Lines of a forwarded chat: "[18:42] Janet P: …", "[19:02, 03/12] Me: …", "12/03/2026, 18:44 - Sanjay: …".
// Shared by the phone number cut across two messages, counted menu words said in a chat, and who sent each message.
import { isListedGivenName } from './given-names.ts';

// The time in brackets most exports open each message with: "[18:42]", "[19:02, 03/12]", "[Sat 19:02]".
const BRACKETED_TIME = String.raw`\[(?:\p{Lu}\p{Ll}{2}[ \t,]+)?[0-9:., /]{3,20}\]`;
/** The time a chat export opens each message with, bracketed or dated ("12/03/2026, 18:44 -"), as a pattern's source. */
export const CHAT_TIME = String.raw`(?:${BRACKETED_TIME}|[0-9/]{8,10},?[ \t]+[0-9:]{4,8}[ \t]+-)`;

// A line's opening up to the sender's colon, after a bracketed time; the sender is group 1.
const CHAT_LINE = new RegExp(String.raw`^[ \t]*${BRACKETED_TIME}[ \t]*([^:\n]{1,40}):[ \t]*`, 'u');

/** The opening of a chat message at the start of `line` ("[18:42] Janet P: "), with its sender. */
export function chatOpening(line: string): { readonly text: string; readonly sender: string } | undefined {
  const m = CHAT_LINE.exec(line);
  return m === null ? undefined : { text: m[0], sender: m[1] ?? '' };
}

// A message of a chat copied without times: a sender and a colon opening the line ("Jaz: u got any", "Mo K: ye",
// "Helen (No.12): I saw a lad"); the sender is group 1.
// A sender may add an emoji ("Ollie 🏉: nah") or a number ("Rizzy 2x: me n Blade").
const UNTIMED_LINE =
  /(?:^|\n)[ \t]*(\p{L}[\p{L}\p{N}_'’-]{1,15}(?:[ \t]+(?:\p{Lu}[\p{L}'’-]{1,15}|\p{L}\.?|\p{N}[\p{L}\p{N}]{0,3}))?)[ \t]*(?:\([^)\n]{0,20}\))?[ \t\p{Extended_Pictographic}\u{FE0F}\u{200D}]*:[ \t]+(?=\S)/gu;

/**
 * The senders' openings of a chat copied without times, when the text holds one: three such lines at least, from
 * two senders or more, one of whom sends twice or more (a form's fields are each given once); or three comments at
 * least, each by a given name and a surname.
 */
export function untimedChatLines(input: string): RegExpExecArray[] {
  const lines = [...input.matchAll(UNTIMED_LINE)];
  if (lines.length < 3) return [];
  const sent = new Map<string, number>();
  for (const m of lines) sent.set(m[1] ?? '', (sent.get(m[1] ?? '') ?? 0) + 1);
  if (sent.size >= 2 && [...sent.values()].some((n) => n >= 2)) return lines;
  // Or a post's comments, each from someone else, each sender a listed given name and a surname ("Dan Whitlock:
  // Same thing happened", "Pam Gee: Disgusting"); a form's fields are no names.
  const commenters = [...sent.keys()].filter((name) => /^\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+$/u.test(name));
  return commenters.length >= 3 && commenters.every((name) => isListedGivenName(name.split(/[ \t]+/)[0] ?? ''))
    ? lines.filter((m) => commenters.includes(m[1] ?? ''))
    : [];
}
