// E-mail addresses, normalised to lower case: plain ("name@example.com") and written out the way people hide or
// speak them ("name at example dot com", "name[at]example[dot]org", "name (at) example (dot) co (dot) uk",
// "name @ example . com"). A written-out address counts only when every part is there: a local part, "at", a
// domain and a known top-level domain.
import type { Claims } from './spans.ts';
import type { EmailEntity } from './types.ts';
import { matchAll } from './spans.ts';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w@-])/g;

export function extractEmails(input: string, claims: Claims): EmailEntity[] {
  const out: EmailEntity[] = [];
  for (const m of matchAll(EMAIL, input)) {
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    if (text.includes('..')) continue;
    if (!claims.claim(start, end)) continue;
    out.push({ address: text.toLowerCase(), text, start, end });
  }
  return out;
}

const AT = String.raw`(?:[ \t]*[[(<{][ \t]*at[ \t]*[\])>}][ \t]*|[ \t]+at[ \t]+|[ \t]+@[ \t]*|@[ \t]+)`;
const DOT = String.raw`(?:[ \t]*[[(<{][ \t]*dot[ \t]*[\])>}][ \t]*|[ \t]+dot[ \t]+|[ \t]*\.[ \t]*)`;
const LOCAL_DOT = String.raw`(?:[ \t]*[[(<{][ \t]*dot[ \t]*[\])>}][ \t]*|[ \t]+dot[ \t]+|\.)`;
const TOKEN = String.raw`[A-Za-z0-9](?:[A-Za-z0-9_%+-]{0,62}[A-Za-z0-9_])?`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
const TLD = String.raw`(?:com|org|net|uk|co|io|me|info|biz|gov|ac|edu|app|xyz|online|ie|eu|de|fr|us|tv|live)`;
const WRITTEN_OUT = new RegExp(
  String.raw`(?<![\w.@-])(${TOKEN}(?:${LOCAL_DOT}${TOKEN})*)${AT}((?:${LABEL}${DOT})+${TLD})(?![\w@-]|[ \t]*[[(]?[ \t]*dot\b)`,
  'gi',
);
// Words that come before "at" in ordinary prose ("ordered it at amazon.co.uk", "he's at school dot com").
const NOT_LOCAL = new Set(
  (
    'it me him her them us you home shop work school look looked bought ordered online stuff one this that there ' +
    'here is was are be were me i we they he she name email e-mail mail address contact contacted message them'
  ).split(' '),
);

function spelledOut(text: string): string {
  return text
    .replace(/[ \t]*[[(<{][ \t]*at[ \t]*[\])>}][ \t]*|[ \t]+at[ \t]+|[ \t]*@[ \t]*/i, '@')
    .replace(/[ \t]*[[(<{][ \t]*dot[ \t]*[\])>}][ \t]*|[ \t]+dot[ \t]+|[ \t]*\.[ \t]*/gi, '.')
    .toLowerCase();
}

/** E-mail addresses written out ("name at example dot com"); runs after extractEmails on the same claims. */
export function extractWrittenOutEmails(input: string, claims: Claims): EmailEntity[] {
  const out: EmailEntity[] = [];
  for (const m of matchAll(WRITTEN_OUT, input)) {
    const local = m[1] ?? '';
    if (NOT_LOCAL.has(local.toLowerCase())) continue;
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    if (!claims.claim(start, end)) continue;
    out.push({ address: spelledOut(text), text, start, end });
  }
  return out;
}
