// Entity extraction from free-text reports. Extractors run in priority order and claim the ranges they take, so
// an e-mail is not also a handle, a postcode ("AL1 3JX") is not also a cherished VRM, and a phone number is not a
// house number. Child-safeguarding indicators are phrase-level flags and may overlap other entities.
import { extractAddresses } from './addresses.ts';
import { extractChildIndicators } from './child-indicators.ts';
import { extractDrugs } from './drugs.ts';
import { extractEmails, extractWrittenOutEmails } from './emails.ts';
import { extractHandles } from './handles.ts';
import { extractPeople } from './people.ts';
import { extractPhones, extractSpokenPhones } from './phones.ts';
import { extractPostcodes } from './postcodes.ts';
import { Claims } from './spans.ts';
import type { Extraction } from './types.ts';
import { extractVehicles } from './vehicles.ts';

export type * from './types.ts';
export {
  CHILD_INDICATORS,
  CHILD_PRESENCE_INDICATORS,
  extractChildIndicators,
  type ChildIndicatorCode,
} from './child-indicators.ts';
export { DRUG_CLASS, DRUG_NAMES, type DrugClass, type DrugName } from './drugs.ts';

export function extractEntities(text: string): Extraction {
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
