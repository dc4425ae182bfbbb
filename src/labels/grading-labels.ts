// The words of the UK 3x5x2 intelligence grade (College of Policing APP, Intelligence
// management), shared by the intelligence module and the staff web app.

export const sourceEvaluations = {
  '1': 'Reliable',
  '2': 'Untested',
  '3': 'Not reliable',
} as const;

export const intelligenceAssessments = {
  A: 'Known directly to the source',
  B: 'Known indirectly to the source but corroborated',
  C: 'Known indirectly to the source',
  D: 'Not known',
  E: 'Suspected to be false',
} as const;

export const handlingCodes = {
  P: 'Lawful sharing permitted',
  C: 'Lawful sharing permitted with conditions',
} as const;
