// Care Act 2014 s.42 (DOMAIN-OPERATIONS a.4): the duty to enquire arises when an adult (i) has
// care and support needs, (ii) is experiencing or at risk of abuse or neglect and (iii) because of
// those needs cannot protect themselves. All three are answered before an enquiry starts.

export const s42Outcomes = {
  risk_removed: 'Risk removed',
  risk_reduced: 'Risk reduced',
  risk_remains: 'Risk remains',
  not_substantiated: 'Concern not substantiated',
} as const;
export type S42Outcome = keyof typeof s42Outcomes;
export const s42OutcomeCodes = Object.keys(s42Outcomes) as [S42Outcome, ...S42Outcome[]];
