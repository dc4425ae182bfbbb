// Social-media and messaging handles: "@name", "snap: name", "his insta is name", "telegram @x", "wickr name".
import { isListedGivenName } from './given-names.ts';
import { BODY_WORDS, NOT_NAMES } from './person-words.ts';
import { before, type Claims, matchAll } from './spans.ts';
import type { HandleEntity, HandlePlatform } from './types.ts';

const PLATFORM_WORDS: readonly [RegExp, HandlePlatform][] = [
  [/^(?:snap(?:chat)?|sc)$/, 'snapchat'],
  [/^(?:insta(?:gram)?|ig)$/, 'instagram'],
  [/^(?:telegram|tg)$/, 'telegram'],
  [/^(?:wickr(?: me)?|wicker)$/, 'wickr'],
  [/^(?:whats ?app|wa)$/, 'whatsapp'],
  [/^signal$/, 'signal'],
  [/^(?:tik ?tok|tt)$/, 'tiktok'],
  [/^(?:facebook|fb|messenger)$/, 'facebook'],
  [/^(?:twitter|x)$/, 'twitter'],
  [/^discord$/, 'discord'],
];
const PLATFORM_ALT =
  'snap(?:chat)?|sc|insta(?:gram)?|ig|telegram|tg|wickr(?: me)?|wicker|whats ?app|signal|tik ?tok|facebook|fb|twitter|discord';

const PLATFORM_AFTER = new RegExp(`^\\s*(?:on|via|over|\\(|-)\\s*(${PLATFORM_ALT})\\b`, 'i');
const PLATFORM_IN_WINDOW = new RegExp(`\\b(${PLATFORM_ALT})\\b`, 'gi');

// "@name" not inside an e-mail address or a word.
const AT_HANDLE = /(?<![\p{L}\p{N}._@-])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?)(?![\p{L}\p{N}_@])/gu;
// "snap: name", "snapchat name", "insta is name", "on wickr as name", "messages on Instagram from name",
// "on Snapchat, where he is name", "on snap (name)", "snapchat open with the
// name name", "a snapchat account, name", "telegram handle @name" (the @ form is handled by AT_HANDLE and
// gets its platform from the cue before it).
const CUED_HANDLE = new RegExp(
  `\\b(${PLATFORM_ALT})(?:\\s+(?:name|handle|username|user|account|acc|acct|id|addy|add|one|page|profile))?(?:\\s+(?:me|us))?` +
    `(?:,?\\s+where (?:he|she|they) (?:is|are|goes by)\\s+|\\s+(?:[^.!?\\n"'‘“]{0,30}?\\s)?(?:with|under|by) the (?:user ?)?name\\s+|` +
    // Not across a line's end after a colon: "…group on Facebook:\n\nLorraine Abbott: WARNING" opens a post.
    `[ \\t]*[:=(,-][ \\t]*|\\s+(?:is|was|=|called|as|name is|handle is|from)\\s+|\\s+)` +
    `(?:(?:is|was|its|it's)\\s+)?["'‘“]?([A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_])?)(?![\\p{L}\\p{N}_@/]|\\.\\p{L})`,
  'giu',
);
// "Snap handle given by youths: y.deadman.ss": a colon after a few words that follow a handle cue.
const HANDLE_AFTER_COLON = new RegExp(
  `\\b(${PLATFORM_ALT})\\s+(?:handle|username|user name|name|account)\\s+[^.!?\\n"'‘“:]{1,30}?:\\s*` +
    `["'‘“]?([A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_])?)(?![\\p{L}\\p{N}_@/]|\\.\\p{L})`,
  'giu',
);
// "Snapchat, his name on there is ghost.money44", "snap of di line is splash.ldn.al", "Child's Snapchat (from
// peers): riley.mb12": a few words after the platform, then "is" or a colon, then something handle-like.
const HANDLE_SAID_IS = new RegExp(
  `\\b(${PLATFORM_ALT})\\b[^.!?\\n@]{1,40}?(?:\\s(?:is|was)|\\):|:)\\s*["'‘“]?([A-Za-z][A-Za-z0-9_.-]{1,28}[A-Za-z0-9_])(?![\\p{L}\\p{N}_@/]|\\.\\p{L})`,
  'giu',
);
/**
 * What follows "is" a few words after a platform is a handle only in lower case with a dot or underscore and four
 * letters, not a file, a version, a domain or a group's, a caption's or a location's name.
 */
function saidHandle(match: string, handle: string): boolean {
  return (
    /[_.]/.test(handle) &&
    handle === handle.toLowerCase() &&
    (handle.match(/[a-z]/g)?.length ?? 0) >= 4 &&
    !/\.(?:com|co|uk|org|net|ee|io|jpe?g|png|gif|pdf|zip|mov|mp4|docx?|heic)\b/i.test(handle) &&
    !/\b(?:group|file|files|caption|bio|location|tag|code|update|version|sound|avatar|screenshots?|photos?|images?|link|pic|video)\b/i.test(
      match,
    )
  );
}
const AND_HANDLE_ON = new RegExp(
  `(?:,|\\band|&)\\s+([A-Za-z0-9_][A-Za-z0-9_.]{2,29})\\s+(?:on|via)\\s+(${PLATFORM_ALT})\\b`,
  'giu',
);
// Words that follow a platform name in ordinary prose and are not handles.
const NOT_HANDLES = new Set(
  (
    'a an and are as at but by called can did do for from get got had has he her him his i if in into is it its ' +
    'me message messages my name of on or said say says she so that the them then they this to too use used ' +
    'using via was we were what when where which who will with you your account accounts app group groups chat ' +
    'chats story stories videos video pics photos messaged dms dm handle username user name number called ' +
    'lines line too aswell also just open given provided shared supplied sent none unknown yes no thanks sorry ' +
    'still later tomorrow anytime whenever private blocked deleted active renamed changed hacked banned reported ' +
    'removed closed suspended'
  ).split(' '),
);

export function platformFromWord(word: string): HandlePlatform | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  for (const [pattern, platform] of PLATFORM_WORDS) if (pattern.test(w)) return platform;
  return null;
}

// The platform named shortly before an @handle: "on snap @x", "telegram: @x", "insta handle is @x".
function platformBefore(input: string, start: number): HandlePlatform | null {
  const recent =
    before(input, start, 40)
      .split(/[.!?\n@]/)
      .pop() ?? '';
  const words = [...matchAll(PLATFORM_IN_WINDOW, recent)];
  const last = words[words.length - 1]?.[1];
  return last === undefined ? null : platformFromWord(last);
}

// Profile links: "t.me/name", "instagram.com/name", "snapchat.com/add/name", "tiktok.com/@name".
const LINK =
  /(?<![\p{L}\p{N}.])(?:https?:\/\/)?(?:www\.)?(t\.me|telegram\.me|instagram\.com|snapchat\.com\/add|tiktok\.com\/@|wa\.me|facebook\.com|twitter\.com|x\.com)\/([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?)(?![\p{L}\p{N}_])/giu;
const LINK_PLATFORMS: Readonly<Record<string, HandlePlatform>> = {
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'instagram.com': 'instagram',
  'snapchat.com/add': 'snapchat',
  'tiktok.com/@': 'tiktok',
  'wa.me': 'whatsapp',
  'facebook.com': 'facebook',
  'twitter.com': 'twitter',
  'x.com': 'twitter',
};
// "@7pm", "@ 10", "@3.30" are times, not handles.
const TIME_LIKE = /^\d+(?:[:.]\d+)?(?:am|pm|ish)?$/i;

function cuedHandleOk(m: RegExpExecArray, input: string): boolean {
  const handle = m[2] ?? '';
  // A quoted name with a space in it ("in her snap called 'Big Man'") is a contact name, not a handle.
  const end = m.index + m[0].length;
  if (/["'‘“]$/.test(m[0].slice(0, m[0].length - handle.length)) && !/^["'’”]/.test(input.slice(end, end + 1))) {
    return false;
  }
  // "the Facebook one called Harpenden Mums": a group's name of words, not a handle.
  if (/\sone\s+(?:called|named)\s/i.test(m[0]) && /^[ \t]+\p{Lu}\p{Ll}/u.test(input.slice(end, end + 12))) return false;
  // "an insta one called HarpsGreenery", "the insta one is kaystackz_2", not "the insta one is fake": after "one", a
  // name given to it or something handle-like.
  if (/^\S+\s+one\b/i.test(m[0]) && !/\sone\s+(?:called|named)\s/i.test(m[0]) && !/[\d_.]/.test(handle)) return false;
  // "on facebook as Dawn Pettifer": a name shown on a profile, a listed given name and a surname, is a person's, not a
  // handle ("on tiktok as Kenzo The videos show", "his insta is Kenzo Every video" are handles).
  const surname = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(input.slice(end, end + 20))?.[1];
  if (
    /\s(?:as|under)\s/i.test(m[0]) &&
    isListedGivenName(handle) &&
    surname !== undefined &&
    !NOT_NAMES.has(surname.toLowerCase()) &&
    !BODY_WORDS.has(surname.toLowerCase())
  ) {
    return false;
  }
  // Digits alone, or with dashes and dots ("on WhatsApp, 07700-900-271"), are a phone number, not a handle.
  if (NOT_HANDLES.has(handle.toLowerCase()) || /^[\d.-]+$/.test(handle) || platformFromWord(handle) !== null) {
    return false;
  }
  // "snap me: later", "Snapchat account provided: none": after "me" or a colon that follows words, only
  // something handle-like.
  if (/^\S+\s+(?:me|us)\b/i.test(m[0]) && !/[\d_.]/.test(handle)) return false;
  // "on Snapchat, where he is always online": after "where he is", only something handle-like.
  if (/\swhere (?:he|she|they) /i.test(m[0]) && !/[\d_.]/.test(handle)) return false;
  // Bare cue words followed by a plain word ("snapchat group", "insta stories") are prose, not handles:
  // without a separator or "is", insist on something handle-like (a digit, "_" or ".").
  const separated = /[:=(-]|\s(?:is|was|called|as|name|handle|username|user|id)\s/i.test(m[0]);
  if (!separated && !/[\d_.]/.test(handle)) return false;
  // WhatsApp has no user names: a plain word after it is a group's or a place's ("our WhatsApp (Harpenden)").
  if (platformFromWord(m[1] ?? '') === 'whatsapp' && !/[\d_.]/.test(handle)) return false;
  // "sc", "tg", "ig" and "fb" are too short to trust without a separator, unless written in capitals before
  // something handle-like ("IG k.dobbs09").
  const abbreviated =
    /^(?:SC|TG|IG|FB)$/.test(m[1] ?? '') &&
    /^[A-Za-z]/.test(handle) &&
    (handle.match(/[A-Za-z]/g)?.length ?? 0) >= 3 &&
    /[\d_]/.test(handle);
  return separated || abbreviated || !/^(?:sc|tg|ig|fb)$/i.test(m[1] ?? '');
}

// "@name on snap", "@name (insta)"
function platformAfter(input: string, end: number): HandlePlatform | null {
  const m = PLATFORM_AFTER.exec(input.slice(end, end + 24));
  return m?.[1] === undefined ? null : platformFromWord(m[1]);
}

export function extractHandles(input: string, claims: Claims): HandleEntity[] {
  const out: HandleEntity[] = [];
  for (const m of matchAll(LINK, input)) {
    const handle = m[2] ?? '';
    const platform = LINK_PLATFORMS[(m[1] ?? '').toLowerCase()] ?? null;
    const start = m.index;
    const end = start + m[0].length;
    if (!claims.claim(start, end)) continue;
    out.push({ handle: handle.toLowerCase(), platform, text: m[0], start, end });
  }
  for (const m of matchAll(AT_HANDLE, input)) {
    const handle = m[1] ?? '';
    if (TIME_LIKE.test(handle)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!claims.claim(start, end)) continue;
    const platform = platformBefore(input, start) ?? platformAfter(input, end);
    out.push({ handle: handle.toLowerCase(), platform, text: m[0], start, end });
  }
  // The patterns themselves, not copies (see matchAll in spans.ts); nothing in the loop uses them.
  for (const cued of [HANDLE_AFTER_COLON, CUED_HANDLE, HANDLE_SAID_IS]) {
    cued.lastIndex = 0;
    for (let m = cued.exec(input); m !== null; m = cued.exec(input)) {
      const handle = m[2] ?? '';
      const end = m.index + m[0].length;
      const start = end - handle.length;
      const platform = platformFromWord(m[1] ?? '');
      // After a colon that follows a few words, only something handle-like ("account provided: none").
      // So too after "is" a few words on: a dot or underscore and a digit or letters on both sides ("ghost.money44").
      const colonOk =
        cued === CUED_HANDLE ||
        (cued === HANDLE_AFTER_COLON && /[\d_.]/.test(handle)) ||
        (cued === HANDLE_SAID_IS && saidHandle(m[0], handle));
      if (platform === null || !colonOk || !cuedHandleOk(m, input) || !claims.claim(start, end)) {
        cued.lastIndex = m.index + (m[1] ?? ' ').length; // retry after the cue word: "wickr - wickr me: name"
        continue;
      }
      out.push({ handle: handle.toLowerCase(), platform, text: handle, start, end });
    }
    cued.lastIndex = 0;
  }
  // "@mo.thegoat on Instagram and moneymo on TikTok": a second handle named with its platform in a list of them.
  for (const m of matchAll(AND_HANDLE_ON, input)) {
    const handle = m[1] ?? '';
    const start = m.index + m[0].indexOf(handle);
    const end = start + handle.length;
    const listed = out.some((h) => h.end <= m.index && m.index - h.end <= 40);
    const platform = platformFromWord(m[2] ?? '');
    if (!listed || platform === null || NOT_HANDLES.has(handle.toLowerCase()) || /^[\d.-]+$/.test(handle)) continue;
    if (claims.claim(start, end)) out.push({ handle: handle.toLowerCase(), platform, text: handle, start, end });
  }
  // "The account sending them is kay.stackz, and another one, trapstarr_harps,": an account named in prose, by a
  // name only a handle has (a dot, an underscore or a digit in lower case), with the platform the text names.
  for (const m of matchAll(ACCOUNT_IS, input)) {
    addNamedAccount(input, m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '', out, claims);
  }
  for (const m of matchAll(ACCOUNT_CALLED, input)) {
    addNamedAccount(input, m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '', out, claims);
  }
  for (const m of matchAll(ANOTHER_ACCOUNT, input)) {
    const listed = out.some((h) => h.end <= m.index && m.index - h.end <= 40);
    if (listed) addNamedAccount(input, m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '', out, claims);
  }
  return out.sort((a, b) => a.start - b.start);
}

// A letter first, three letters at least, and a dot, an underscore or a digit: "kay.stackz", not "2k" or "50p".
const HANDLE_SHAPED = '(?=[a-z0-9_.]*[a-z][a-z0-9_.]*[a-z][a-z0-9_.]*[a-z])[a-z][a-z0-9_]*[._0-9][a-z0-9_.]*[a-z0-9_]';
// "(username jojo_4l)", "add stackz.twoseven": a user name straight after the word, or after "add" or "follow".
const ACCOUNT_IS = new RegExp(
  `\\b(?:(?:account|acc|acct|profile|username|user name)(?:[ \\t]+[^.!?\\n"'‘“]{1,30}?)?[ \\t]+(?:is|was|=)|username:?|user name:?|(?<![\\p{L}])(?:add|follow)(?:[ \\t]+me)?|(?:from|by)[ \\t]+(?:the[ \\t]+|an[ \\t]+)?(?:account|acc|acct|profile|user))[ \\t]+["'‘“]?(${HANDLE_SHAPED})(?![\\p{L}\\p{N}_@/]|\\.\\p{L})`,
  'gu',
);
// "messages from an account called deX_official99": an account called by a name only a handle has, an underscore
// or a digit in it, in any case.
const ACCOUNT_CALLED =
  /\b(?:account|acc|acct|profile|user)[ \t]+(?:called|named)[ \t]+["'‘“]?((?=[A-Za-z0-9_.]*[_\d])[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\p{L}\p{N}_@/]|\.\p{L})/gu;
const ANOTHER_ACCOUNT = new RegExp(
  `,?[ \\t]+(?:and[ \\t]+)?another(?:[ \\t]+one)?,[ \\t]+(${HANDLE_SHAPED})(?![\\p{L}\\p{N}_@/]|\\.\\p{L})`,
  'gu',
);
// A bank's, a council's or a device's account: "the account name on his bank is mr_a_khan".
const NOT_SOCIAL =
  /\b(?:bank|council|case|reference|ref|sort code|doorbell|ring|router|wifi|wi-fi|email|e-mail|gas|electric|school|work|xbox|roblox|steam|playstation|psn|minecraft|fortnite|portal|login|log-in)\b/i;
function addNamedAccount(input: string, start: number, handle: string, out: HandleEntity[], claims: Claims): void {
  const end = start + handle.length;
  // After "add" or "follow", not a web address, two words run together at a missing space ("follow him.he", "add
  // flour.then") or a recipe's "add salt.pepper".
  if (/\b(?:add|follow)(?:[ \t]+me)?[ \t]+["'‘“]?$/i.test(input.slice(Math.max(0, start - 12), start))) {
    if (
      /^(?:www|him|her|me|up|us|them|it)\.|\.(?:he|she|they|then|on|uk|com|co|org|net|gov|and|but)$|year\d/i.test(
        handle,
      )
    ) {
      return;
    }
    if (/\b(?:recipe|flour|stir|mix|oven|bake|cook|tsp|tbsp)\b/i.test(input)) return;
  }
  // Only where the text names a platform, and no other kind of account is near.
  const named = [...matchAll(PLATFORM_IN_WINDOW, input)].map((w) => platformFromWord(w[1] ?? ''));
  const platform = named.find((p) => p !== null) ?? null;
  // Or, with no platform named, a quoted name after "from account" ("msgs from acct 'trapstar_kd'").
  const quotedFromAccount =
    /\b(?:from|by)[ \t]+(?:the[ \t]+|an[ \t]+)?(?:account|acc|acct|profile|user)[ \t]+["'‘“]$/iu.test(
      input.slice(Math.max(0, start - 30), start),
    ) && /^["'’”]/u.test(input.slice(end));
  if ((platform === null && !quotedFromAccount) || NOT_SOCIAL.test(input.slice(Math.max(0, start - 50), start))) {
    return;
  }
  if (!claims.claim(start, end)) return;
  out.push({ handle: handle.toLowerCase(), platform, text: handle, start, end });
}
