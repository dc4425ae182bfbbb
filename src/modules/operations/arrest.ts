// Vocabularies for arrests, charges and seizures (DOMAIN-OPERATIONS b.4, b.5), and the rule
// that a child's charging decision waits for "NRM and s.45 defence considered".

export const offences = {
  mda_s4_3: 'Supplying, or being concerned in supplying, a controlled drug (MDA s.4(3))',
  mda_s5_2: 'Possession of a controlled drug (MDA s.5(2))',
  mda_s5_3: 'Possession with intent to supply (MDA s.5(3))',
  mda_s6: 'Cultivation of cannabis (MDA s.6)',
  mda_s8: 'Occupier permitting premises to be used (MDA s.8)',
  msa_s1: 'Slavery, servitude, forced or compulsory labour (MSA s.1)',
  msa_s2: 'Human trafficking (MSA s.2)',
  poca_money_laundering: 'Money laundering (POCA ss.327-329)',
  weapon_possession: 'Possession of an offensive weapon or bladed article',
} as const;
export type Offence = keyof typeof offences;
export const offenceCodes = Object.keys(offences) as [Offence, ...Offence[]];

/** Home Office outcome types 1-22 (HOCR), DOMAIN-OPERATIONS b.5. */
export const outcomeTypes: Readonly<Record<number, string>> = {
  1: 'Charged/summonsed',
  2: 'Youth caution',
  3: 'Adult caution',
  4: 'Taken into consideration',
  5: 'Offender died',
  6: 'Penalty Notice for Disorder',
  7: 'Cannabis/khat warning',
  8: 'Community resolution',
  9: 'Not in public interest (CPS)',
  10: 'Formal action not in public interest (police)',
  11: 'Prosecution prevented: suspect under age',
  12: 'Prosecution prevented: suspect too ill',
  13: 'Prevented: victim or key witness dead or too ill',
  14: 'Evidential difficulties: suspect not identified, victim does not support',
  15: 'Evidential difficulties: suspect identified, victim supports',
  16: 'Evidential difficulties: suspect identified, victim does not support',
  17: 'Prosecution time limit expired',
  18: 'Investigation complete, no suspect identified',
  19: 'NFIB (fraud)',
  20: 'Further investigation by another body',
  21: 'Further investigation not in public interest (police)',
  22: 'Diversionary, educational or intervention activity',
};

export const drugForms = [
  'powder',
  'rock',
  'herbal',
  'resin',
  'wraps',
  'tablets',
  'plants',
  'liquid',
  'other',
] as const;
export const seizureUnits = ['g', 'kg', 'doses', 'plants', 'wraps'] as const;
export type SeizureUnit = (typeof seizureUnits)[number];

/** A child's charging decision needs the NRM and s.45 consideration recorded first. */
export function chargingBlockedFor(arrest: { childAtArrest: boolean; nrmConsidered: boolean }): string | null {
  return arrest.childAtArrest && !arrest.nrmConsidered
    ? 'A child was arrested: record that a referral to the NRM and the s.45 defence were considered before a charging decision'
    : null;
}
