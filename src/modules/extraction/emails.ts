// E-mail addresses, normalised to lower case.
import type { Claims } from './spans.ts';
import type { EmailEntity } from './types.ts';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w@-])/g;

export function extractEmails(input: string, claims: Claims): EmailEntity[] {
  const out: EmailEntity[] = [];
  for (const m of input.matchAll(EMAIL)) {
    const text = m[0];
    const start = m.index;
    const end = start + text.length;
    if (text.includes('..')) continue;
    if (!claims.claim(start, end)) continue;
    out.push({ address: text.toLowerCase(), text, start, end });
  }
  return out;
}
