import { z } from 'zod';
import { reportCategories, type AboutAnswers } from '../../reports/index.ts';
import { choiceItems, codeList, fieldErrors, labels, many, optionalText, single } from './form.ts';
import type { PageDefinition } from './page.ts';

const schema = z.object({
  categories: codeList(reportCategories, 'Select what you want to tell us about').refine(
    (codes) => codes.length > 0,
    'Select what you want to tell us about',
  ),
  otherDescription: optionalText(500, 'What it is about'),
});

export const aboutPage: PageDefinition<'about'> = {
  id: 'about',
  title: 'What do you want to tell us about?',
  template: 'about.njk',
  toValues: (state) => ({ categories: state?.categories ?? [], otherDescription: state?.otherDescription ?? '' }),
  parse(values) {
    const result = schema.safeParse({
      categories: many(values, 'categories'),
      otherDescription: single(values, 'otherDescription'),
    });
    if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues) };
    const { categories, otherDescription } = result.data;
    const state: AboutAnswers = { categories };
    // The description belongs to "something else"; unticking that drops it.
    if (otherDescription !== undefined && categories.includes('something_else')) {
      state.otherDescription = otherDescription;
    }
    return { ok: true, state };
  },
  view: (values) => ({ categoryItems: choiceItems(reportCategories, many(values, 'categories')) }),
  summarise: (state) => [
    {
      key: 'What it is about',
      lines: [
        ...labels(reportCategories, state.categories),
        ...(state.otherDescription === undefined ? [] : [state.otherDescription]),
      ],
    },
  ],
};
