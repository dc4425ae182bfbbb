import { z } from 'zod';
import type { PhoneAnswers } from '../../reports/index.ts';
import { fieldErrors, isBlank, optionalText, readSlots, single, slotField, slotValues } from './form.ts';
import type { PageDefinition } from './page.ts';
import { tidyPhoneNumber } from './phone-number.ts';

const phoneFields = ['number', 'messageText'] as const;

const phoneSchema = z.object({
  number: optionalText(20, 'Phone number').transform((value, ctx) => {
    if (value === undefined) return undefined;
    const tidy = tidyPhoneNumber(value);
    if (tidy === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a phone number using numbers only, like 07700 900 982, or the part you know',
      });
      return z.NEVER;
    }
    return tidy;
  }),
  messageText: optionalText(2000, 'The message'),
});

const schema = z.object({ phones: z.array(phoneSchema), accounts: optionalText(500, 'Online accounts') });

export const phonesPage: PageDefinition<'phones'> = {
  id: 'phones',
  title: 'Phone numbers, messages and online accounts',
  template: 'phones.njk',
  toValues: (state) => ({ ...slotValues('phone', phoneFields, state?.phones ?? []), accounts: state?.accounts ?? '' }),
  parse(values) {
    const result = schema.safeParse({
      phones: readSlots(values, 'phone', phoneFields),
      accounts: single(values, 'accounts'),
    });
    if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues, slotField('phone')) };
    const phones = result.data.phones
      .filter((phone) => !isBlank(phone))
      .map((phone) => Object.fromEntries(Object.entries(phone).filter(([, v]) => v !== undefined)) as PhoneAnswers);
    const { accounts } = result.data;
    // Optional, as the page says ("leave this blank if there are none"), whatever the report is about.
    return { ok: true, state: { phones, ...(accounts === undefined ? {} : { accounts }) } };
  },
  summarise: (state) => [
    {
      key: 'Phone numbers and messages',
      lines:
        state.phones.length === 0
          ? ['None given']
          : state.phones.flatMap((phone, index) => [
              `Number ${String(index + 1)}: ${phone.number ?? 'not given'}`,
              ...(phone.messageText === undefined ? [] : [`Message: ${phone.messageText}`]),
            ]),
    },
    ...(state.accounts === undefined ? [] : [{ key: 'Online accounts', lines: [state.accounts] }]),
  ],
};
