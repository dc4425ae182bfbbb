// Vocabularies for arrests, charges and seizures (DOMAIN-OPERATIONS b.4, b.5), and the rule
// that a child's charging decision waits for "NRM and s.45 defence considered".

// The vocabularies themselves live with their words in src/labels (ADR 0037).
export {
  drugForms,
  offenceCodes,
  offences,
  outcomeTypes,
  seizureUnits,
  type Offence,
  type SeizureUnit,
} from '../../labels/index.ts';

/** A child's charging decision needs the NRM and s.45 consideration recorded first. */
export function chargingBlockedFor(arrest: { childAtArrest: boolean; nrmConsidered: boolean }): string | null {
  return arrest.childAtArrest && !arrest.nrmConsidered
    ? 'A child was arrested: record that a referral to the NRM and the s.45 defence were considered before a charging decision'
    : null;
}
