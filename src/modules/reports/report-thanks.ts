/**
 * Thank-you messages an analyst may send a reporter (issue 16, ADR 0041). A fixed, reviewed list
 * and no free text: each says the report was useful and nothing about what it led to, so it reads
 * the same whoever the reporter is (who may be the suspect, an associate or the victim). Sending
 * one never moves the report's status.
 */
export const thankYouMessages = [
  {
    id: 'useful',
    label: 'Your report was useful',
    text: 'Thank you for your report. What you told us has been read and added to what we know. Reports like yours help us decide where to work.',
  },
  {
    id: 'keep-telling-us',
    label: 'Keep telling us',
    text: 'Thank you. Your information has been read by our team. If you see anything else, you can add to this report or make a new one.',
  },
  {
    id: 'area-results',
    label: 'Results are published by area',
    text: 'Thank you for taking the time to tell us. We cannot say what happens after any one report, to keep everyone safe. We publish what we do in each ward on our ‘You said, we did’ page.',
  },
] as const;
export type ThankYouMessageId = (typeof thankYouMessages)[number]['id'];
export const thankYouMessageIds = thankYouMessages.map((m) => m.id) as [ThankYouMessageId, ...ThankYouMessageId[]];
