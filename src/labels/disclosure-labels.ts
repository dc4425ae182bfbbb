// "You said, we did" (issue 16): the measures a public release counts, the topics and actions a
// ward's neighbourhood priority is chosen from (no free text reaches the public site), and the
// words for a release's status. Pure: shared by the server and the staff web app.

export const measures = [
  'reports_received',
  'warrants_executed',
  'arrests',
  'seizures',
  'people_safeguarded',
  'addresses_closed',
] as const;
export type Measure = (typeof measures)[number];

/** What the public page calls each measure. */
export const measureLabels: Readonly<Record<Measure, string>> = {
  reports_received: 'Reports received',
  warrants_executed: 'Drugs warrants carried out',
  arrests: 'Arrests',
  seizures: 'Seizures of drugs, cash or weapons',
  people_safeguarded: 'People helped to stay safe',
  addresses_closed: 'Homes closed to dealers (closure orders)',
};

export const releaseStatusLabels: Readonly<Record<'draft' | 'approved' | 'published' | 'withdrawn', string>> = {
  draft: 'Prepared, waiting for approval',
  approved: 'Approved, not yet published',
  published: 'Published',
  withdrawn: 'Withdrawn',
};

/** Topics a ward's priority may have: the public reads these words, never staff free text. */
export const priorityTopics = {
  drug_dealing: 'Drug dealing in public places',
  drug_houses: 'Homes used to deal drugs',
  cuckooing: 'Vulnerable people whose homes are taken over by dealers (cuckooing)',
  child_exploitation: 'Children and young people exploited to carry or sell drugs',
  drug_antisocial: 'Anti-social behaviour linked to drugs',
  acquisitive_crime: 'Thefts and burglaries linked to drug use',
  weapons: 'Carrying knives and other weapons',
} as const;
export type PriorityTopic = keyof typeof priorityTopics;
export const priorityTopicCodes = Object.keys(priorityTopics) as [PriorityTopic, ...PriorityTopic[]];

/** What the team commits to for a priority, chosen from this list. */
export const priorityActions = {
  visible_patrols: 'More uniformed patrols at the times people told us about',
  plain_clothes: 'Plain-clothes patrols',
  warrants: 'Applying for warrants to search addresses used for dealing',
  closure_orders: 'Closing homes taken over by dealers, with the council',
  welfare_visits: 'Visiting people at risk to offer support',
  schools: 'Working with schools and youth services',
  council_partners: 'Working with the council on lighting, CCTV and clean-up',
  treatment: 'Offering drug treatment to people who use drugs',
} as const;
export type PriorityAction = keyof typeof priorityActions;
export const priorityActionCodes = Object.keys(priorityActions) as [PriorityAction, ...PriorityAction[]];
