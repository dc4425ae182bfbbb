// Words for the operations codes (warrants, arrests, seizures, targets), and the code lists
// themselves where they are pure, so the operations module and the staff web app read the same
// list (ADR 0037). src/labels/operations-labels.test.ts checks each map covers its list exactly.

type Labels = Readonly<Record<string, string>>;

export const warrantStatuses = [
  'awaiting_authorisation',
  'authorised',
  'declined',
  'issued',
  'refused',
  'executed',
  'expired',
  'returned',
] as const;
export type WarrantStatus = (typeof warrantStatuses)[number];

export const warrantStatusLabels: Readonly<Record<WarrantStatus, string>> = {
  awaiting_authorisation: 'Awaiting inspector',
  authorised: 'Authorised: to court',
  declined: 'Declined by the inspector',
  issued: 'Issued',
  refused: 'Refused by the court',
  executed: 'Executed',
  expired: 'Expired unexecuted',
  returned: 'Returned to court',
};

export const entryMethods = ['consent', 'key', 'door_opened_on_request', 'forced', 'other'] as const;
export type EntryMethod = (typeof entryMethods)[number];

export const entryMethodLabels: Readonly<Record<EntryMethod, string>> = {
  consent: 'With consent',
  key: 'With a key',
  door_opened_on_request: 'Door opened on request',
  forced: 'By force',
  other: 'Other',
};

// Controlled drugs and their class under the Misuse of Drugs Act 1971 (DOMAIN-OPERATIONS b.4,
// gov.uk list). Codes are stored; labels can change. Ketamine moved from C to B, so the class is
// the current one and a seizure records the class it was taken under.
export const controlledDrugs = {
  crack_cocaine: { label: 'Crack cocaine', drugClass: 'A' },
  cocaine: { label: 'Cocaine', drugClass: 'A' },
  heroin: { label: 'Heroin', drugClass: 'A' },
  mdma: { label: 'Ecstasy (MDMA)', drugClass: 'A' },
  lsd: { label: 'LSD', drugClass: 'A' },
  magic_mushrooms: { label: 'Magic mushrooms', drugClass: 'A' },
  methadone: { label: 'Methadone', drugClass: 'A' },
  methamphetamine: { label: 'Methamphetamine', drugClass: 'A' },
  amphetamine: { label: 'Amphetamines', drugClass: 'B' },
  cannabis: { label: 'Cannabis', drugClass: 'B' },
  ketamine: { label: 'Ketamine', drugClass: 'B' },
  mephedrone: { label: 'Synthetic cathinones (mephedrone)', drugClass: 'B' },
  synthetic_cannabinoids: { label: 'Synthetic cannabinoids', drugClass: 'B' },
  codeine: { label: 'Codeine', drugClass: 'B' },
  benzodiazepines: { label: 'Benzodiazepines', drugClass: 'C' },
  ghb: { label: 'GHB/GBL', drugClass: 'C' },
  anabolic_steroids: { label: 'Anabolic steroids', drugClass: 'C' },
  nitrous_oxide: { label: 'Nitrous oxide', drugClass: 'C' },
  khat: { label: 'Khat', drugClass: 'C' },
} as const;
export type ControlledDrug = keyof typeof controlledDrugs;
export const controlledDrugCodes = Object.keys(controlledDrugs) as [ControlledDrug, ...ControlledDrug[]];

/** The drugs as options for a form: code, words and class. */
export const drugOptions: readonly { code: ControlledDrug; label: string; drugClass: 'A' | 'B' | 'C' }[] =
  controlledDrugCodes.map((code) => ({ code, ...controlledDrugs[code] }));

/** "Cocaine (class A)", or an unknown code as words. */
export function drugLabel(code: string): string {
  const drug = code in controlledDrugs ? controlledDrugs[code as ControlledDrug] : undefined;
  return drug ? `${drug.label} (class ${drug.drugClass})` : code.replaceAll('_', ' ');
}

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
} as const satisfies Labels;
export type Offence = keyof typeof offences;
export const offenceCodes = Object.keys(offences) as [Offence, ...Offence[]];
export const offenceLabels: Readonly<Record<Offence, string>> = offences;

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

/** The outcome types' words in order, type 1 first (the web form's options are index + 1). */
export const outcomeLabels: readonly string[] = Object.keys(outcomeTypes)
  .map(Number)
  .sort((a, b) => a - b)
  .map((type) => outcomeTypes[type] ?? '');

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

export const intelligenceResults = ['actioned', 'no_further_action', 'not_substantiated'] as const;
export type IntelligenceResult = (typeof intelligenceResults)[number];

export const intelligenceResultLabels: Readonly<Record<IntelligenceResult, string>> = {
  actioned: 'Actioned: it led to the records above',
  no_further_action: 'No further action',
  not_substantiated: 'Not substantiated',
};

/** What a target's history row records (the operations module's target history). */
export const targetHistoryActions = ['create', 'adjust', 'review', 'close'] as const;

export const targetHistoryLabels: Readonly<Record<(typeof targetHistoryActions)[number], string>> = {
  create: 'Made a target',
  adjust: 'Priority adjusted',
  review: 'Reviewed',
  close: 'Closed',
};

export const priorityBands = ['high', 'medium', 'low'] as const;
export type PriorityBand = (typeof priorityBands)[number];

export const bandLabels: Readonly<Record<PriorityBand, string>> = { high: 'High', medium: 'Medium', low: 'Low' };
