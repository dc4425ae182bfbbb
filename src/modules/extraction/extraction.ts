// Entity extraction from free-text reports. Extractors run in priority order and claim the ranges they take, so
// an e-mail is not also a handle, a postcode ("AL1 3JX") is not also a cherished VRM, and a phone number is not a
// house number. Child-safeguarding indicators are phrase-level flags and may overlap other entities.
import { extractAddresses } from './addresses.ts';
import { extractChildIndicators } from './child-indicators.ts';
import { extractDrugs } from './drugs.ts';
import { extractEmails, extractWrittenOutEmails } from './emails.ts';
import { extractHandles } from './handles.ts';
import { extractPeople } from './people.ts';
import { DRUG_MODEL } from './drug-model.data.ts';
import { reviewDrugs } from './drug-model.ts';
import { PERSON_MODEL } from './person-model.data.ts';
import { reviewPeople } from './person-model.ts';
import { extractPhones, extractSpokenPhones } from './phones.ts';
import { extractPostcodes } from './postcodes.ts';
import { readableText } from './script-digits.ts';
import { Claims } from './spans.ts';
import type { Extraction, Span } from './types.ts';
import { extractVehicles } from './vehicles.ts';

export type * from './types.ts';
export {
  CHILD_INDICATORS,
  CHILD_PRESENCE_INDICATORS,
  extractChildIndicators,
  type ChildIndicatorCode,
} from './child-indicators.ts';
export { DRUG_CLASS, DRUG_NAMES, type DrugClass, type DrugName } from './drugs.ts';

/**
 * Every entity in the text. Digits of other scripts are read as ASCII digits and direction marks
 * as spaces (script-digits.ts), and a browser's CRLF line ends as LF, so that a text reads the same however its
 * lines end (every window a rule looks through is counted in characters); the spans answered are cut from the
 * text exactly as written.
 */
export function extractEntities(written: string): Extraction {
  const { text: lf, at } = withoutCarriageReturns(written);
  const text = readableText(lf);
  const found = extractReadable(text);
  if (text === written) return found;
  // Each span's place in the text as written: its first character's, and one past its last character's.
  const original = <T extends Span>(spans: T[]): T[] =>
    spans.map((span) => {
      const start = at(span.start);
      const end = span.end > span.start ? at(span.end - 1) + 1 : start;
      return { ...span, start, end, text: written.slice(start, end) };
    });
  return {
    phones: original(found.phones),
    vehicles: original(found.vehicles),
    postcodes: original(found.postcodes),
    emails: original(found.emails),
    handles: original(found.handles),
    addresses: original(found.addresses),
    people: original(found.people),
    drugs: original(found.drugs),
    childIndicators: original(found.childIndicators),
  };
}

/** The text with each CRLF as LF and a lone CR as LF, and where each of its characters stands in the text given. */
function withoutCarriageReturns(text: string): { text: string; at: (index: number) => number } {
  if (!text.includes('\r')) return { text, at: (index) => index };
  const places: number[] = [];
  const chars: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '\r' && text.charAt(i + 1) === '\n') continue;
    chars.push(char === '\r' ? '\n' : char);
    places.push(i);
  }
  return { text: chars.join(''), at: (index) => places[index] ?? index };
}
function extractReadable(text: string): Extraction {
  const found = extractByRules(text);
  const people = reviewPeople(text, found, PERSON_MODEL);
  // The drug model sees the people the person model added, so a name it took ("Charlie") is no drug.
  return { ...found, people, drugs: reviewDrugs(text, { ...found, people }, DRUG_MODEL) };
}

/** The text as the extractors read it (the models are trained on texts read so): LF line ends, ASCII digits. */
export function textAsRead(written: string): string {
  return readableText(withoutCarriageReturns(written).text);
}

/** What the rules alone find, before the learned models review the people and drugs (what they are trained on). */
export function extractByRules(text: string): Extraction {
  const claims = new Claims();
  const emails = [...extractEmails(text, claims), ...extractWrittenOutEmails(text, claims)];
  const handles = extractHandles(text, claims);
  const postcodes = extractPostcodes(text, claims);
  const phones = [...extractPhones(text, claims), ...extractSpokenPhones(text, claims)];
  const vehicles = extractVehicles(text, claims);
  const addresses = extractAddresses(text, claims);
  const people = extractPeople(text, claims);
  const drugs = extractDrugs(text, claims);
  const childIndicators = extractChildIndicators(text);
  return { phones, vehicles, postcodes, emails, handles, addresses, people, drugs, childIndicators };
}
