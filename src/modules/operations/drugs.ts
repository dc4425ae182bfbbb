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
