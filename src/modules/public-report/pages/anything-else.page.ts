import { z } from 'zod';
import { fieldErrors, optionalText, single } from './form.ts';
import type { PageDefinition } from './page.ts';

// Photos on this page are handled by photo-upload.ts: they are files, not form fields,
// and are cleaned and sealed the moment they arrive. On the phone channel the page also
// records the call's 101 incident number or Crimestoppers reference.
const schema = z.object({
  details: optionalText(5000, 'Anything else'),
  callReference: optionalText(40, 'The reference').refine(
    (value) => value === undefined || /^[A-Za-z0-9 /-]+$/.test(value),
    'Enter the reference using letters, numbers, spaces, slashes and hyphens',
  ),
});

export const anythingElsePage: PageDefinition<'anything-else'> = {
  id: 'anything-else',
  title: 'Anything else you want to tell us',
  template: 'anything-else.njk',
  multipart: true,
  toValues: (state) => ({ details: state?.details ?? '', callReference: state?.callReference ?? '' }),
  parse(values, context) {
    const result = schema.safeParse({
      details: single(values, 'details'),
      // Only a call handler is asked for it; anything else posting one is ignored.
      callReference: context.channel === 'phone' ? single(values, 'callReference') : '',
    });
    if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues) };
    const { details, callReference } = result.data;
    return {
      ok: true,
      state: {
        ...(details === undefined ? {} : { details }),
        ...(callReference === undefined ? {} : { callReference }),
      },
    };
  },
  summarise: (state) => [
    ...(state.callReference === undefined
      ? []
      : [{ key: '101 incident number or Crimestoppers reference', lines: [state.callReference] }]),
    { key: 'Anything else', lines: [state.details ?? 'Nothing added'] },
  ],
};
