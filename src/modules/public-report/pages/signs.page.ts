import { z } from 'zod';
import { cuckooingIndicators, exploitationIndicators } from '../../reports/index.ts';
import { choiceItems, codeList, fieldErrors, labels, many, optionalText, single } from './form.ts';
import type { PageDefinition } from './page.ts';

// Two checklists with the same shape: the signs of cuckooing and of child criminal
// exploitation. Answers are indicator codes from the controlled vocabulary.
function signsPage<K extends 'home-taken-over' | 'young-person'>(
  id: K,
  title: string,
  summaryKey: string,
  vocabulary: typeof cuckooingIndicators | typeof exploitationIndicators,
): PageDefinition<K> {
  const schema = z.object({
    signs: codeList(vocabulary, 'Select the signs from the list'),
    otherSigns: optionalText(1000, 'Other signs'),
  });
  return {
    id,
    title,
    template: 'signs.njk',
    toValues: (state) => ({ signs: [...(state?.signs ?? [])], otherSigns: state?.otherSigns ?? '' }),
    parse(values) {
      const result = schema.safeParse({ signs: many(values, 'signs'), otherSigns: single(values, 'otherSigns') });
      if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues) };
      const { signs, otherSigns } = result.data;
      return { ok: true, state: { signs, ...(otherSigns === undefined ? {} : { otherSigns }) } };
    },
    view: (values) => ({ signItems: choiceItems(vocabulary, many(values, 'signs')) }),
    summarise: (state) => [
      {
        key: summaryKey,
        lines: [
          ...(state.signs.length === 0 ? ['None selected'] : labels(vocabulary as Record<string, string>, state.signs)),
          ...(state.otherSigns === undefined ? [] : [state.otherSigns]),
        ],
      },
    ],
  };
}

export const homeTakenOverPage = signsPage(
  'home-taken-over',
  'Signs that someone’s home has been taken over',
  'Signs of a home taken over',
  cuckooingIndicators,
);

export const youngPersonPage = signsPage(
  'young-person',
  'Signs that a young person is being exploited',
  'Signs of exploitation',
  exploitationIndicators,
);

export const signVocabularies = {
  'home-taken-over': cuckooingIndicators,
  'young-person': exploitationIndicators,
} as const;
