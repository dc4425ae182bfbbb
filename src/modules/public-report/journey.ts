import type { PageId, ReportAnswers, ReportCategory } from '../reports/index.ts';

// The report journey as data: the pages in order, and when each applies. Routes, the
// "you cannot skip ahead" guard, back links, check-your-answers and the diagram in
// docs/report-journey.md are all derived from this list. A condition may only read answers
// from pages before it, so answering a page never changes whether an earlier page applies.

export type JourneyStep = {
  readonly page: PageId;
  readonly condition?: { readonly describe: string; readonly applies: (answers: ReportAnswers) => boolean };
};

const about = (answers: ReportAnswers, categories: readonly ReportCategory[]) =>
  answers.about?.categories.some((category) => categories.includes(category)) ?? false;

export const reportJourney: readonly JourneyStep[] = [
  { page: 'about' },
  { page: 'where' },
  {
    page: 'home-taken-over',
    condition: {
      describe: 'about dealing at a place, or a home taken over',
      applies: (answers) => about(answers, ['dealing_place', 'home_taken_over']),
    },
  },
  { page: 'when' },
  { page: 'who' },
  {
    page: 'young-person',
    condition: {
      describe: 'about a young person, or a child seems involved',
      applies: (answers) => about(answers, ['young_person']) || answers.who?.childInvolved === 'yes',
    },
  },
  {
    page: 'vehicles',
    condition: {
      describe: 'about a vehicle, a place, a home, a young person or something else',
      applies: (answers) =>
        about(answers, ['vehicle', 'dealing_place', 'home_taken_over', 'young_person', 'something_else']),
    },
  },
  {
    page: 'phones',
    condition: {
      describe: 'about a phone, a place, a home, a young person or something else',
      applies: (answers) =>
        about(answers, ['phone_messages', 'dealing_place', 'home_taken_over', 'young_person', 'something_else']),
    },
  },
  { page: 'anything-else' },
  { page: 'contact' },
];

/**
 * Answers that mean someone is in danger now. Saving a page where one applies stops the journey
 * with the "call 999" page (danger.njk) before the next question; the draft is kept, and the
 * reporter can carry on and send the report afterwards. `childAtRisk` adds the local children's
 * services number. Each trigger is shown once per draft (until its answer changes back and forth).
 */
export type DangerTrigger = {
  readonly id: string;
  /** The page whose answer fires it. */
  readonly page: PageId;
  readonly describe: string;
  readonly childAtRisk: boolean;
  readonly applies: (answers: ReportAnswers) => boolean;
};

const happeningNow = (answers: ReportAnswers, what: 'child_harmed' | 'weapon' | 'held') =>
  answers.who?.dangerNow?.includes(what) ?? false;

export const immediateDangerTriggers: readonly DangerTrigger[] = [
  {
    id: 'child-harmed-now',
    page: 'who',
    describe: 'a child is being hurt or is in danger right now',
    childAtRisk: true,
    applies: (answers) => happeningNow(answers, 'child_harmed'),
  },
  {
    id: 'weapon-now',
    page: 'who',
    describe: 'someone has a weapon right now',
    childAtRisk: false,
    applies: (answers) => happeningNow(answers, 'weapon'),
  },
  {
    id: 'held-against-will',
    page: 'who',
    describe: 'someone is being held against their will',
    childAtRisk: false,
    applies: (answers) => happeningNow(answers, 'held'),
  },
];

/** The triggers that the answer to `page` fires and the reporter has not yet been shown. */
export function newDangerTriggers(page: PageId, draft: Draft): DangerTrigger[] {
  const seen = draft.dangerSeen ?? [];
  return immediateDangerTriggers.filter(
    (trigger) => trigger.page === page && trigger.applies(draft.answers) && !seen.includes(trigger.id),
  );
}

/** Every trigger the answers fire now (for the danger page, and for staff triage). */
export function firedDangerTriggers(answers: ReportAnswers): DangerTrigger[] {
  return immediateDangerTriggers.filter((trigger) => trigger.applies(answers));
}

export type Draft = {
  readonly answers: ReportAnswers;
  readonly completed: readonly PageId[];
  /** Danger triggers already shown (ids), so the stop page is not shown twice for one answer. */
  readonly dangerSeen?: readonly string[];
};

/** After the last page comes the check-your-answers page, then the confirmation. */
export type Destination = PageId | 'check';

export function applicablePages(answers: ReportAnswers): PageId[] {
  return reportJourney.filter((step) => step.condition?.applies(answers) ?? true).map((step) => step.page);
}

/** The first page that applies and has not been answered, or 'check' when all have. */
export function firstUnanswered(draft: Draft): Destination {
  return applicablePages(draft.answers).find((page) => !draft.completed.includes(page)) ?? 'check';
}

/** A page may be shown once every page that applies before it has been answered. */
export function mayVisit(page: Destination, draft: Draft): boolean {
  if (page === 'check') return firstUnanswered(draft) === 'check';
  const pages = applicablePages(draft.answers);
  const index = pages.indexOf(page);
  return index >= 0 && pages.slice(0, index).every((earlier) => draft.completed.includes(earlier));
}

/**
 * Where to go after answering `page`. When changing an answer from check-your-answers, go
 * back there, unless the change made a new page apply that still needs answering.
 */
export function nextDestination(page: PageId, draft: Draft, changing: boolean): Destination {
  const unanswered = firstUnanswered(draft);
  if (changing) return unanswered;
  const pages = applicablePages(draft.answers);
  const next = pages[pages.indexOf(page) + 1];
  return next === undefined || !mayVisit(next, draft) ? unanswered : next;
}

/** The page before, for the back link; undefined for the first page. */
export function previousPage(page: Destination, answers: ReportAnswers): PageId | undefined {
  const pages = applicablePages(answers);
  const index = page === 'check' ? pages.length : pages.indexOf(page);
  return index > 0 ? pages[index - 1] : undefined;
}

/** The answers to submit: only pages that still apply (earlier branches may have been left). */
export function applicableAnswers(answers: ReportAnswers): ReportAnswers {
  const kept: ReportAnswers = {};
  for (const page of applicablePages(answers)) {
    if (answers[page] !== undefined) Object.assign(kept, { [page]: answers[page] });
  }
  return kept;
}

/** A Mermaid flowchart of the journey, for designers and for docs/report-journey.md. */
export function journeyDiagram(): string {
  const node = (page: PageId) => page.replaceAll('-', '_');
  const lines = [
    'flowchart TD',
    ...reportJourney.map((step) => `  ${node(step.page)}[${pageTitles[step.page]}]`),
    '  start([Start]) --> about',
  ];
  reportJourney.forEach((step, i) => {
    // Each page leads to the following pages up to and including the next one that always applies.
    for (const next of reportJourney.slice(i + 1)) {
      lines.push(`  ${node(step.page)} -->${next.condition ? `|${next.condition.describe}|` : ''} ${node(next.page)}`);
      if (!next.condition) return;
    }
    lines.push(`  ${node(step.page)} --> check`);
  });
  lines.push('  check[Check your answers] --> confirmation([Confirmation and receipt])');
  // The immediate danger stop: a dotted detour from the page whose answer fires it, and back.
  for (const trigger of immediateDangerTriggers) {
    lines.push(`  ${node(trigger.page)} -.->|${trigger.describe}| danger{{Call 999 now}}`);
  }
  for (const page of new Set(immediateDangerTriggers.map((trigger) => trigger.page))) {
    lines.push(
      `  danger -.->|Continue with your report| ${node(page)}_next([the next page after ${pageTitles[page]}])`,
    );
  }
  return lines.join('\n');
}

const pageTitles: Readonly<Record<PageId, string>> = {
  about: 'What is it about?',
  where: 'Where?',
  'home-taken-over': 'Signs of cuckooing',
  when: 'When and how often?',
  who: 'Who?',
  'young-person': 'Signs of exploitation',
  vehicles: 'Vehicles',
  phones: 'Phones and accounts',
  'anything-else': 'Anything else, photos',
  contact: 'Anonymous or contact details',
};
