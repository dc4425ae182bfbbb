import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Tidies a phone number as typed. A number that could exist (UK by default, or with an
 * international prefix) becomes E.164, "+447700900123", so the same deal line typed in
 * different ways matches. Anything else with 6 to 15 digits (a partial number) is kept as
 * typed, with spaces tidied. Answers undefined for text that is not a phone number at all.
 */
export function tidyPhoneNumber(input: string): string | undefined {
  const typed = input.trim().replace(/\s+/g, ' ');
  if (!/^[0-9+()\- ]+$/.test(typed)) return undefined;
  const digits = typed.replace(/\D/g, '').length;
  if (digits < 6 || digits > 15) return undefined;
  const parsed = parsePhoneNumberFromString(typed, 'GB');
  return parsed?.isPossible() === true ? parsed.number : typed;
}
