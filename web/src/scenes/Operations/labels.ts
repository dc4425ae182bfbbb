import type { Band } from '../../api/operations-types.ts';

export const bandLabels: Readonly<Record<Band, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

export const historyLabels: Readonly<Record<string, string>> = {
  create: 'Made a target',
  adjust: 'Priority adjusted',
  review: 'Reviewed',
  close: 'Closed',
};

/** "+10", "-5", "0". */
export function signed(n: number): string {
  return n > 0 ? `+${String(n)}` : String(n);
}

export const warrantStatusLabels: Readonly<Record<string, string>> = {
  awaiting_authorisation: 'Awaiting inspector',
  authorised: 'Authorised: to court',
  declined: 'Declined by the inspector',
  issued: 'Issued',
  refused: 'Refused by the court',
  executed: 'Executed',
  expired: 'Expired unexecuted',
  returned: 'Returned to court',
};

export const entryMethodLabels: Readonly<Record<string, string>> = {
  consent: 'With consent',
  key: 'With a key',
  door_opened_on_request: 'Door opened on request',
  forced: 'By force',
  other: 'Other',
};

export const sourceTypeLabels: Readonly<Record<string, string>> = {
  public_anonymous: 'Anonymous member of the public',
  public_identified: 'Identified member of the public',
  partner_agency: 'Partner agency',
  officer: 'Officer',
  technical: 'Technical',
};

// The controlled drugs (src/modules/operations/drugs.ts), for the application form.
export const drugOptions: readonly { code: string; label: string; drugClass: 'A' | 'B' | 'C' }[] = [
  { code: 'crack_cocaine', label: 'Crack cocaine', drugClass: 'A' },
  { code: 'cocaine', label: 'Cocaine', drugClass: 'A' },
  { code: 'heroin', label: 'Heroin', drugClass: 'A' },
  { code: 'mdma', label: 'Ecstasy (MDMA)', drugClass: 'A' },
  { code: 'methamphetamine', label: 'Methamphetamine', drugClass: 'A' },
  { code: 'cannabis', label: 'Cannabis', drugClass: 'B' },
  { code: 'ketamine', label: 'Ketamine', drugClass: 'B' },
  { code: 'amphetamine', label: 'Amphetamines', drugClass: 'B' },
  { code: 'mephedrone', label: 'Synthetic cathinones (mephedrone)', drugClass: 'B' },
  { code: 'benzodiazepines', label: 'Benzodiazepines', drugClass: 'C' },
  { code: 'nitrous_oxide', label: 'Nitrous oxide', drugClass: 'C' },
];

export function drugLabel(code: string): string {
  const drug = drugOptions.find((d) => d.code === code);
  return drug ? `${drug.label} (class ${drug.drugClass})` : code.replaceAll('_', ' ');
}

export const offenceLabels: Readonly<Record<string, string>> = {
  mda_s4_3: 'Supplying, or being concerned in supplying (MDA s.4(3))',
  mda_s5_2: 'Possession (MDA s.5(2))',
  mda_s5_3: 'Possession with intent to supply (MDA s.5(3))',
  mda_s6: 'Cultivation of cannabis (MDA s.6)',
  mda_s8: 'Occupier permitting premises (MDA s.8)',
  msa_s1: 'Slavery or forced labour (MSA s.1)',
  msa_s2: 'Human trafficking (MSA s.2)',
  poca_money_laundering: 'Money laundering (POCA)',
  weapon_possession: 'Possession of an offensive weapon or bladed article',
};

export const outcomeLabels: readonly string[] = [
  'Charged/summonsed',
  'Youth caution',
  'Adult caution',
  'Taken into consideration',
  'Offender died',
  'Penalty Notice for Disorder',
  'Cannabis/khat warning',
  'Community resolution',
  'Not in public interest (CPS)',
  'Formal action not in public interest (police)',
  'Prosecution prevented: suspect under age',
  'Prosecution prevented: suspect too ill',
  'Prevented: victim or key witness dead or too ill',
  'Evidential difficulties: suspect not identified, victim does not support',
  'Evidential difficulties: suspect identified, victim supports',
  'Evidential difficulties: suspect identified, victim does not support',
  'Prosecution time limit expired',
  'Investigation complete, no suspect identified',
  'NFIB (fraud)',
  'Further investigation by another body',
  'Further investigation not in public interest (police)',
  'Diversionary, educational or intervention activity',
];

export const drugForms = ['powder', 'rock', 'herbal', 'resin', 'wraps', 'tablets', 'plants', 'liquid', 'other'];
export const seizureUnits = ['g', 'kg', 'doses', 'plants', 'wraps'];

export const intelligenceResultLabels: Readonly<Record<string, string>> = {
  actioned: 'Actioned: it led to the records above',
  no_further_action: 'No further action',
  not_substantiated: 'Not substantiated',
};
