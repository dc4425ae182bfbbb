// The child criminal exploitation screening tool (DOMAIN-OPERATIONS a.2): each indicator is
// answered yes / no / not known, and the answers give a risk level with its reasons. National
// tools are not scored; these bands follow local tools that add "high" [I: confirm with the
// force's MACE panel]: no indicator → no current risk; any → at risk; three or more, or a
// "strong" indicator with any other → high. Many unknowns are a reason of their own.

export const cceIndicators = {
  care_history: 'Looked after, or a history of care',
  missing_episodes: 'Missing from home or care',
  school_exclusion: 'Excluded from school, or not attending',
  multiple_phones: 'More than one phone, or many calls and messages',
  older_associates: 'Older associates, or peers of concern',
  unexplained_money: 'Money, clothes or goods they cannot explain',
  carrying_weapons: 'Carrying weapons',
  unexplained_injuries: 'Injuries they cannot explain',
  substance_misuse: 'Using drugs or alcohol',
  found_out_of_area: 'Found far from home (another town or county)',
} as const;
export type CceIndicator = keyof typeof cceIndicators;
export const cceIndicatorCodes = Object.keys(cceIndicators) as [CceIndicator, ...CceIndicator[]];
export const screeningAnswers = ['yes', 'no', 'not_known'] as const;
export type ScreeningAnswer = (typeof screeningAnswers)[number];

const strong: readonly CceIndicator[] = ['missing_episodes', 'carrying_weapons', 'found_out_of_area'];

export const riskLevels = ['no_current_risk', 'at_risk', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskLevelLabels: Readonly<Record<RiskLevel, string>> = {
  no_current_risk: 'No current risk',
  at_risk: 'At risk',
  high: 'High risk',
};

export function assessScreening(answers: Readonly<Record<CceIndicator, ScreeningAnswer>>) {
  const yes = cceIndicatorCodes.filter((code) => answers[code] === 'yes');
  const unknown = cceIndicatorCodes.filter((code) => answers[code] === 'not_known');
  const strongYes = yes.filter((code) => strong.includes(code));
  const level: RiskLevel =
    yes.length >= 3 || (strongYes.length > 0 && yes.length >= 2)
      ? 'high'
      : yes.length > 0
        ? 'at_risk'
        : 'no_current_risk';
  const reasons = [
    ...yes.map((code) => `${cceIndicators[code]}${strong.includes(code) ? ' (a strong indicator)' : ''}`),
    ...(unknown.length >= cceIndicatorCodes.length / 2
      ? [`${String(unknown.length)} of ${String(cceIndicatorCodes.length)} indicators not known: find out more`]
      : []),
  ];
  return { level, label: riskLevelLabels[level], reasons };
}
