/**
 * Questions approved for asking a reporter (issue 12). Each is safe to read by anyone who picks
 * up the reporter's phone or sees their screen: no names, no mention of the police beyond the
 * service, no hint of what is known. Staff may edit one before sending, or write their own.
 */
export const reportMessageTemplates = [
  {
    id: 'when',
    label: 'When it happens',
    text: 'Thank you for your report. Can you tell us which days and times you usually see this happening?',
  },
  {
    id: 'people',
    label: 'The people involved',
    text: 'Thank you. Can you describe the people you saw (height, build, clothing, anything distinctive)? Please do not approach them.',
  },
  {
    id: 'vehicle',
    label: 'A vehicle',
    text: 'Thank you. Did you see a vehicle? If it is safe to do so, tell us its colour, make and any part of the registration.',
  },
  {
    id: 'still-happening',
    label: 'Is it still happening',
    text: 'Thank you for your report. Is this still happening? Has anything changed since you told us?',
  },
  {
    id: 'safe',
    label: 'Are you safe',
    text: 'Thank you for telling us. Do you feel safe where you are? If you are in danger at any time, call 999.',
  },
] as const;
