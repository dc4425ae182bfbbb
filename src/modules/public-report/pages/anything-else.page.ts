import { z } from 'zod';
import { fieldErrors, optionalText, single } from './form.ts';
import type { PageDefinition } from './page.ts';

// Photos on this page are handled by photo-upload.ts: they are files, not form fields,
// and are cleaned and sealed the moment they arrive.
const schema = z.object({ details: optionalText(5000, 'Anything else') });

export const anythingElsePage: PageDefinition<'anything-else'> = {
  id: 'anything-else',
  title: 'Anything else you want to tell us',
  template: 'anything-else.njk',
  multipart: true,
  toValues: (state) => ({ details: state?.details ?? '' }),
  parse(values) {
    const result = schema.safeParse({ details: single(values, 'details') });
    if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues) };
    return { ok: true, state: result.data.details === undefined ? {} : { details: result.data.details } };
  },
  summarise: (state) => [{ key: 'Anything else', lines: [state.details ?? 'Nothing added'] }],
};
