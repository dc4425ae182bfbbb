import { z } from 'zod';
import { isSafeguardingConcern, type ContactAnswers } from '../../reports/index.ts';
import { fieldErrors, optionalText, single } from './form.ts';
import type { PageDefinition } from './page.ts';
import { tidyPhoneNumber } from './phone-number.ts';

const choices = { anonymous: 'Stay anonymous', contact: 'Give contact details' } as const;

const contactSchema = z.object({
  contactName: optionalText(100, 'Your name'),
  contactPhone: optionalText(20, 'Your phone number').refine(
    (value) => value === undefined || tidyPhoneNumber(value) !== undefined,
    'Enter a phone number, like 07700 900 982',
  ),
  contactEmail: optionalText(254, 'Your email address').refine(
    (value) => value === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    'Enter an email address in the right format, like name@example.com',
  ),
  safeToContact: z.enum(['yes', 'no'], { error: 'Select whether it is safe for us to contact you' }),
  safeContactNotes: optionalText(500, 'How to contact you safely'),
  shareWithSafeguarding: z.enum(['yes', 'no', ''], {
    error: 'Select whether the safeguarding team can see your contact details',
  }),
});

const fieldOrder = [
  'contactName',
  'contactPhone',
  'contactEmail',
  'safeToContact',
  'safeContactNotes',
  'shareWithSafeguarding',
];

/**
 * The consent question, asked with the contact details when the report is about a child or a
 * vulnerable adult (so it also goes to the safeguarding team): as data, like the journey.
 */
export const safeguardingConsentQuestion = {
  field: 'shareWithSafeguarding',
  asked: isSafeguardingConcern,
  legend: 'Can the safeguarding team see your contact details too?',
  hint: 'Your report is about a child or a vulnerable adult, so the team that protects them will read it as well as the police intelligence team. If you say no, they will see your report but not who you are.',
  missing: 'Select whether the safeguarding team can see your contact details',
} as const;

export const contactPage: PageDefinition<'contact'> = {
  id: 'contact',
  title: 'Do you want to stay anonymous?',
  template: 'contact.njk',
  toValues(state): Record<string, string> {
    if (state?.choice !== 'contact') return { choice: state?.choice ?? '' };
    return {
      choice: 'contact',
      contactName: state.name ?? '',
      contactPhone: state.phone ?? '',
      contactEmail: state.email ?? '',
      safeToContact: state.safeToContact,
      safeContactNotes: state.safeContactNotes ?? '',
      shareWithSafeguarding: state.shareWithSafeguarding ?? '',
    };
  },
  view: (_values, context) => ({
    consent: safeguardingConsentQuestion,
    askConsent: safeguardingConsentQuestion.asked(context.answers),
  }),
  parse(values, context) {
    const choice = single(values, 'choice');
    if (choice === 'anonymous') return { ok: true, state: { choice: 'anonymous' } };
    if (choice !== 'contact') {
      return { ok: false, errors: [{ field: 'choice', message: 'Select whether you want to stay anonymous' }] };
    }
    const input = Object.fromEntries(fieldOrder.map((field) => [field, single(values, field)]));
    const result = contactSchema.safeParse(input);
    const errors = result.success ? [] : fieldErrors(result.error.issues);
    // Checked beside the other fields, so every problem is listed at once.
    if (input.contactPhone?.trim() === '' && input.contactEmail?.trim() === '') {
      errors.push({
        field: 'contactPhone',
        message: 'Enter a phone number or an email address, so we can contact you',
      });
    }
    const consentAsked = safeguardingConsentQuestion.asked(context.answers);
    if (
      consentAsked &&
      input.shareWithSafeguarding === '' &&
      !errors.some((error) => error.field === 'shareWithSafeguarding')
    ) {
      errors.push({ field: 'shareWithSafeguarding', message: safeguardingConsentQuestion.missing });
    }
    if (!result.success || errors.length > 0) {
      return { ok: false, errors: errors.sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field)) };
    }
    const { contactName, contactPhone, contactEmail, safeToContact, safeContactNotes, shareWithSafeguarding } =
      result.data;
    const state: ContactAnswers = {
      choice: 'contact',
      safeToContact,
      ...(contactName === undefined ? {} : { name: contactName }),
      ...(contactPhone === undefined ? {} : { phone: tidyPhoneNumber(contactPhone) ?? contactPhone }),
      ...(contactEmail === undefined ? {} : { email: contactEmail }),
      ...(safeContactNotes === undefined ? {} : { safeContactNotes }),
      ...(consentAsked && shareWithSafeguarding !== '' ? { shareWithSafeguarding } : {}),
    };
    return { ok: true, state };
  },
  summarise(state) {
    if (state.choice === 'anonymous') return [{ key: 'Contact', lines: [choices.anonymous] }];
    return [
      {
        key: 'Contact',
        lines: [
          ...(state.name === undefined ? [] : [state.name]),
          ...(state.phone === undefined ? [] : [state.phone]),
          ...(state.email === undefined ? [] : [state.email]),
        ],
      },
      {
        key: 'Safe to contact you',
        lines: [
          state.safeToContact === 'yes' ? 'Yes' : 'No',
          ...(state.safeContactNotes === undefined ? [] : [state.safeContactNotes]),
        ],
      },
      ...(state.shareWithSafeguarding === undefined
        ? []
        : [
            {
              key: 'Safeguarding team can see your contact details',
              lines: [state.shareWithSafeguarding === 'yes' ? 'Yes' : 'No'],
            },
          ]),
    ];
  },
};
