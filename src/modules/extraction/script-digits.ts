// Reports come in the public site's languages (ADR 0048). Writers of Urdu, Arabic, Persian,
// Bengali, Hindi, Panjabi and Gujarati may write a phone number or a postcode with their own
// script's digits, and right-to-left text carries invisible direction marks, sometimes inside a
// number. The extractors read ASCII digits, so the text they read has every decimal digit of
// these scripts replaced by the same ASCII digit and every direction mark by a space. Each is one
// UTF-16 code unit for one, so every offset into the readable text is the same offset into the
// text as written, and spans are cut from the original.

// The zero of each script's digits 0-9 (consecutive code points): Arabic-Indic, Eastern
// Arabic-Indic (Urdu, Persian), Devanagari, Bengali, Gurmukhi, Gujarati, full-width.
const zeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0xff10] as const;
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\uff10-\uff19]/g;
// LRM, RLM, the Arabic letter mark, the embeddings and overrides, and the isolates.
const DIRECTION_MARK = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  const zero = zeros.find((z) => code >= z && code <= z + 9) ?? code;
  return String(code - zero);
}

/**
 * The text as the extractors read it: the same length, other scripts' digits as ASCII and direction marks as spaces.
 * A browser's CRLF line ends are read as LF before this (extraction.ts), so no carriage return reaches it.
 */
export function readableText(text: string): string {
  return text.replace(OTHER_DIGIT, asciiDigit).replace(DIRECTION_MARK, ' ');
}
