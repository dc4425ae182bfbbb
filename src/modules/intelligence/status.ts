// The life of an intelligence report. An analyst evaluates (grades, sanitises, assesses); a
// supervisor reviews before anything leaves the intelligence unit; only approved reports are
// disseminated; archived reports wait for their retention review.

export const intelligenceStatuses = [
  'new',
  'evaluated',
  'awaiting_review',
  'approved',
  'disseminated',
  'archived',
] as const;
export type IntelligenceStatus = (typeof intelligenceStatuses)[number];

export const statusLabels: Readonly<Record<IntelligenceStatus, string>> = {
  new: 'New',
  evaluated: 'Evaluated',
  awaiting_review: 'Awaiting supervisor review',
  approved: 'Approved for dissemination',
  disseminated: 'Disseminated',
  archived: 'Archived',
};

export type IntelligenceTransition =
  'evaluate' | 'submit_for_review' | 'approve' | 'return' | 'disseminate' | 'archive';

const transitions: Readonly<
  Record<IntelligenceTransition, { from: readonly IntelligenceStatus[]; to: IntelligenceStatus }>
> = {
  evaluate: { from: ['new', 'evaluated'], to: 'evaluated' },
  submit_for_review: { from: ['evaluated'], to: 'awaiting_review' },
  approve: { from: ['awaiting_review'], to: 'approved' },
  return: { from: ['awaiting_review', 'approved'], to: 'evaluated' },
  disseminate: { from: ['approved', 'disseminated'], to: 'disseminated' },
  archive: { from: ['new', 'evaluated', 'approved', 'disseminated'], to: 'archived' },
};

/** The status after `transition`, or null when it is not allowed from `current`. */
export function nextStatus(current: IntelligenceStatus, transition: IntelligenceTransition): IntelligenceStatus | null {
  const rule = transitions[transition];
  return rule.from.includes(current) ? rule.to : null;
}
