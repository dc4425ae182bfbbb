import { z } from 'zod';
import {
  daysOfWeek,
  firstNoticedOptions,
  timesOfDay,
  visitLengths,
  visitorCounts,
  type WhenAnswers,
} from '../../reports/index.ts';
import { choiceItems, codeList, fieldErrors, labels, many, optionalChoice, optionalText, single } from './form.ts';
import type { PageDefinition } from './page.ts';
import { formatPartialDate, parsePartialDate } from './partial-date.ts';

export const allHours = 'all_hours';

const schema = z.object({
  firstNoticed: optionalChoice(firstNoticedOptions, 'Select when you first noticed it'),
  timesOfDay: codeList({ ...timesOfDay, [allHours]: 'At all hours' }, 'Select times of day from the list'),
  days: codeList(daysOfWeek, 'Select days from the list'),
  visitors: optionalChoice(visitorCounts, 'Select how many visitors there are'),
  visitLength: optionalChoice(visitLengths, 'Select how long visitors stay'),
  pattern: optionalText(1000, 'What you have noticed about when it happens'),
});

export const whenPage: PageDefinition<'when'> = {
  id: 'when',
  title: 'When and how often does it happen?',
  template: 'when.njk',
  toValues: (state) => ({
    firstNoticed: state?.firstNoticed ?? '',
    'lastSeen-day': state?.lastSeen?.day === undefined ? '' : String(state.lastSeen.day),
    'lastSeen-month': state?.lastSeen === undefined ? '' : String(state.lastSeen.month),
    'lastSeen-year': state?.lastSeen === undefined ? '' : String(state.lastSeen.year),
    timesOfDay: state?.allHours === true ? [allHours] : [...(state?.timesOfDay ?? [])],
    days: [...(state?.days ?? [])],
    visitors: state?.visitors ?? '',
    visitLength: state?.visitLength ?? '',
    pattern: state?.pattern ?? '',
  }),
  parse(values, context) {
    const result = schema.safeParse({
      firstNoticed: single(values, 'firstNoticed'),
      timesOfDay: many(values, 'timesOfDay'),
      days: many(values, 'days'),
      visitors: single(values, 'visitors'),
      visitLength: single(values, 'visitLength'),
      pattern: single(values, 'pattern'),
    });
    const lastSeen = parsePartialDate(
      {
        day: single(values, 'lastSeen-day'),
        month: single(values, 'lastSeen-month'),
        year: single(values, 'lastSeen-year'),
      },
      { field: 'lastSeen', label: 'The date you last saw it', today: context.today },
    );
    const errors = result.success ? [] : fieldErrors(result.error.issues);
    if (!lastSeen.ok) errors.splice(1, 0, lastSeen.error);
    if (!result.success || !lastSeen.ok) return { ok: false, errors };
    const { timesOfDay: times, firstNoticed, visitors, visitLength, pattern } = result.data;
    // "At all hours" says everything the separate times would; without JavaScript nothing
    // stops both being ticked, so it simply wins.
    const all = times.includes(allHours);
    const state: WhenAnswers = {
      allHours: all,
      timesOfDay: all ? [] : times.filter((time) => time !== allHours),
      days: result.data.days,
      ...(firstNoticed === undefined ? {} : { firstNoticed }),
      ...(lastSeen.date === undefined ? {} : { lastSeen: lastSeen.date }),
      ...(visitors === undefined ? {} : { visitors }),
      ...(visitLength === undefined ? {} : { visitLength }),
      ...(pattern === undefined ? {} : { pattern }),
    };
    return { ok: true, state };
  },
  view: (values, context) => ({
    firstNoticedItems: choiceItems(firstNoticedOptions, single(values, 'firstNoticed')),
    timeItems: choiceItems(timesOfDay, many(values, 'timesOfDay')),
    allHoursChecked: many(values, 'timesOfDay').includes(allHours),
    dayItems: choiceItems(daysOfWeek, many(values, 'days')),
    visitorItems: choiceItems(visitorCounts, single(values, 'visitors')),
    visitLengthItems: choiceItems(visitLengths, single(values, 'visitLength')),
    // Visitor questions are about an address; elsewhere they would only confuse.
    askAboutVisitors:
      context.answers.about?.categories.some(
        (category) => category === 'dealing_place' || category === 'home_taken_over',
      ) ?? false,
  }),
  summarise(state) {
    const notGiven = ['Not given'];
    return [
      { key: 'First noticed', lines: state.firstNoticed ? [firstNoticedOptions[state.firstNoticed]] : notGiven },
      { key: 'Last seen', lines: state.lastSeen ? [formatPartialDate(state.lastSeen)] : notGiven },
      {
        key: 'Times of day',
        lines: state.allHours
          ? ['At all hours']
          : state.timesOfDay.length > 0
            ? labels(timesOfDay, state.timesOfDay)
            : notGiven,
      },
      { key: 'Days', lines: state.days.length > 0 ? labels(daysOfWeek, state.days) : notGiven },
      { key: 'Visitors', lines: state.visitors ? [visitorCounts[state.visitors]] : notGiven },
      { key: 'How long visitors stay', lines: state.visitLength ? [visitLengths[state.visitLength]] : notGiven },
      ...(state.pattern === undefined ? [] : [{ key: 'More about when', lines: [state.pattern] }]),
    ];
  },
};
