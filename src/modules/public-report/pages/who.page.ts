import { z } from 'zod';
import { ageBands, dangerNowOptions, yesNoUnknown, type PersonAnswers, type WhoAnswers } from '../../reports/index.ts';
import {
  choiceItems,
  codeList,
  labels,
  many,
  fieldErrors,
  isBlank,
  optionalChoice,
  optionalText,
  readSlots,
  requiredChoice,
  selectItems,
  single,
  slotField,
  slotValues,
} from './form.ts';
import type { PageDefinition } from './page.ts';

const personFields = ['description', 'names', 'age'] as const;

const personSchema = z.object({
  description: optionalText(1000, 'The description'),
  names: optionalText(200, 'Names or nicknames'),
  age: optionalChoice(ageBands, 'Select an age from the list'),
});

const schema = z.object({
  people: z.array(personSchema),
  childInvolved: requiredChoice(yesNoUnknown, 'Select whether a child or young person seems to be involved'),
  vulnerableAdultInvolved: requiredChoice(yesNoUnknown, 'Select whether a vulnerable adult seems to be involved'),
  lifeAtRisk: requiredChoice(yesNoUnknown, 'Select whether you think anyone’s life or safety is at risk'),
  dangerNow: codeList(dangerNowOptions, 'Select what is happening right now from the list'),
});

const noneOfThese = 'none';

export const whoPage: PageDefinition<'who'> = {
  id: 'who',
  title: 'Who is involved?',
  template: 'who.njk',
  toValues: (state) => ({
    ...slotValues('person', personFields, state?.people ?? []),
    childInvolved: state?.childInvolved ?? '',
    vulnerableAdultInvolved: state?.vulnerableAdultInvolved ?? '',
    lifeAtRisk: state?.lifeAtRisk ?? '',
    dangerNow: state === undefined ? [] : state.dangerNow === undefined ? [noneOfThese] : [...state.dangerNow],
  }),
  parse(values) {
    const result = schema.safeParse({
      people: readSlots(values, 'person', personFields),
      childInvolved: single(values, 'childInvolved'),
      vulnerableAdultInvolved: single(values, 'vulnerableAdultInvolved'),
      lifeAtRisk: single(values, 'lifeAtRisk'),
      dangerNow: many(values, 'dangerNow').filter((code) => code !== noneOfThese),
    });
    const errors = result.success ? [] : fieldErrors(result.error.issues, slotField('person'));
    const ticked = many(values, 'dangerNow');
    if (ticked.includes(noneOfThese) && ticked.length > 1) {
      errors.push({
        field: 'dangerNow',
        message: 'Select what is happening right now, or ‘None of these’, not both',
      });
    }
    if (!result.success || errors.length > 0) return { ok: false, errors };
    const people = result.data.people
      .map((person) => ({ ...person, age: person.age === 'unknown' ? undefined : person.age }))
      .filter((person) => !isBlank(person))
      .map((person) => Object.fromEntries(Object.entries(person).filter(([, v]) => v !== undefined)) as PersonAnswers);
    const { dangerNow, ...rest } = result.data;
    const state: WhoAnswers = { ...rest, people, ...(dangerNow.length > 0 ? { dangerNow } : {}) };
    return { ok: true, state };
  },
  view: (values) => ({
    ageItems: [1, 2, 3].map((slot) => selectItems(ageBands, single(values, `person${String(slot)}Age`))),
    childItems: choiceItems(yesNoUnknown, single(values, 'childInvolved')),
    vulnerableItems: choiceItems(yesNoUnknown, single(values, 'vulnerableAdultInvolved')),
    riskItems: choiceItems(yesNoUnknown, single(values, 'lifeAtRisk')),
    dangerItems: [
      ...choiceItems(dangerNowOptions, many(values, 'dangerNow')),
      { divider: 'or' },
      {
        value: noneOfThese,
        text: 'None of these',
        behaviour: 'exclusive',
        checked: many(values, 'dangerNow').includes(noneOfThese),
      },
    ],
  }),
  summarise: (state) => [
    {
      key: 'People',
      lines:
        state.people.length === 0
          ? ['No one described']
          : state.people.flatMap((person, index) => [
              `Person ${String(index + 1)}`,
              ...(person.description === undefined ? [] : [person.description]),
              ...(person.names === undefined ? [] : [`Names or nicknames: ${person.names}`]),
              ...(person.age === undefined ? [] : [`Age: ${ageBands[person.age]}`]),
            ]),
    },
    { key: 'A child or young person involved', lines: [yesNoUnknown[state.childInvolved]] },
    { key: 'A vulnerable adult involved', lines: [yesNoUnknown[state.vulnerableAdultInvolved]] },
    { key: 'Someone’s life or safety at risk', lines: [yesNoUnknown[state.lifeAtRisk]] },
    {
      key: 'Happening right now',
      lines: state.dangerNow === undefined ? ['None of these'] : labels(dangerNowOptions, state.dangerNow),
    },
  ],
};
