// Lines of a forwarded chat: "[18:42] Janet P: …", "[19:02, 03/12] Me: …", "12/03/2026, 18:44 - Sanjay: …".
// Shared by the phone number cut across two messages, counted menu words said in a chat, and who sent each message.

// The time in brackets most exports open each message with: "[18:42]", "[19:02, 03/12]".
const BRACKETED_TIME = String.raw`\[[0-9:., /]{3,20}\]`;
/** The time a chat export opens each message with, bracketed or dated ("12/03/2026, 18:44 -"), as a pattern's source. */
export const CHAT_TIME = String.raw`(?:${BRACKETED_TIME}|[0-9/]{8,10},?[ \t]+[0-9:]{4,8}[ \t]+-)`;

// A line's opening up to the sender's colon, after a bracketed time; the sender is group 1.
const CHAT_LINE = new RegExp(String.raw`^[ \t]*${BRACKETED_TIME}[ \t]*([^:\n]{1,40}):[ \t]*`, 'u');

/** The opening of a chat message at the start of `line` ("[18:42] Janet P: "), with its sender. */
export function chatOpening(line: string): { readonly text: string; readonly sender: string } | undefined {
  const m = CHAT_LINE.exec(line);
  return m === null ? undefined : { text: m[0], sender: m[1] ?? '' };
}
