import type { createIntelligenceWorkflow } from '../../modules/intelligence/index.ts';

type Evaluation = Parameters<ReturnType<typeof createIntelligenceWorkflow>['evaluate']>[2];

// The words the demo unit's staff wrote: gradings of line reports and questions to reporters.
// Fictional, generic, and free of anything that names a real person or place beyond the streets.

type Plan = {
  priority: 'high' | 'medium' | 'low';
  evaluation: Omit<Evaluation, 'expectedVersion'>;
  reviewNote: string;
};

export const demoIntelligence: readonly Plan[] = [
  {
    priority: 'high',
    evaluation: {
      grade: { source: '2', assessment: 'B', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Member of the public; corroborated by other reports of the same address',
      sanitisedText: 'Frequent short visits to an address by people arriving on foot, consistent with street dealing.',
      assessment: 'Consistent with an address used by a County Line.',
      priority: 'high',
      actionDecision: 'disseminate',
      researchedSystems: ['Linebreak entities', 'Deal lines'],
    },
    reviewNote: 'Sanitisation checked; fit to share with the neighbourhood team.',
  },
  {
    priority: 'medium',
    evaluation: {
      grade: { source: '2', assessment: 'C', handling: 'C', conditions: 'Not to be shared outside the force.' },
      sourceEvaluationReason: 'Member of the public, single report',
      sanitisedText: 'A young person is seen with older men near a shop, passing small items.',
      assessment: 'Possible child criminal exploitation: refer to the safeguarding hub.',
      priority: 'medium',
      actionDecision: 'develop',
      researchedSystems: ['Linebreak entities'],
    },
    reviewNote: 'Conditions agreed; keep within the force.',
  },
  {
    priority: 'low',
    evaluation: {
      grade: { source: '2', assessment: 'C', handling: 'P', conditions: null },
      sourceEvaluationReason: 'Member of the public, first report',
      sanitisedText: 'A car is seen stopping briefly at the same corner several evenings a week.',
      assessment: 'Possibly a driver for a line; develop with the vehicle’s other sightings.',
      priority: 'low',
      actionDecision: 'develop',
      researchedSystems: ['Linebreak entities'],
    },
    reviewNote: 'Fine as graded.',
  },
];

export const demoConversations: readonly { question: string; reply?: string }[] = [
  {
    question: 'Thank you for your report. Roughly what times of day do you see the visitors?',
    reply: 'Mostly after 8pm, and again early in the morning before school.',
  },
  {
    question: 'Thank you. Do the people arrive by car, and if so do you remember any part of the number plate?',
    reply: 'A small grey car, the plate started with something like BL.',
  },
  { question: 'Thank you for telling us. Is this still happening this week?' },
  {
    question: 'Thank you. Could you tell us which end of the street the address is?',
    reply: 'Near the shops end, by the bus stop.',
  },
];
