import { z } from 'zod';
import type { WhereAnswers } from '../../reports/index.ts';
import { districtMap, districtMapHeight } from '../district-map.ts';
import { fieldErrors, many, optionalText, single } from './form.ts';
import { pinClicked, streetAtPin, valuesAfterPin } from './map-pin.ts';
import type { PageDefinition } from './page.ts';

export const keepStreetAsTyped = '__as_typed';

// Full postcode ("AL1 3JX"), sector ("AL1 3") or district ("AL1"): a partial answer still helps.
const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]?(?: \d(?:[A-Z]{2})?)?$/;

const schema = z.object({
  building: optionalText(100, 'House number, name or flat'),
  street: optionalText(100, 'Street'),
  town: optionalText(60, 'Town or village'),
  postcode: optionalText(10, 'Postcode')
    .transform((value) => (value === undefined ? undefined : tidyPostcode(value)))
    .refine(
      (value) => value === undefined || postcodePattern.test(value),
      'Enter a postcode in the right format, like AL1 3JX, or just the first part, like AL1',
    ),
  place: optionalText(500, 'Description of the place'),
});

function tidyPostcode(value: string): string {
  const compact = value.toUpperCase().replace(/\s+/g, '');
  // A full postcode always ends with digit-letter-letter: put the space before that.
  return /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact)
    ? `${compact.slice(0, -3)} ${compact.slice(-3)}`
    : value.toUpperCase().replace(/\s+/g, ' ');
}

export const wherePage: PageDefinition<'where'> = {
  id: 'where',
  title: 'Where is this happening?',
  template: 'where.njk',
  toValues: (state) => ({
    building: state?.building ?? '',
    street: state?.street ?? '',
    town: state?.town ?? '',
    postcode: state?.postcode ?? '',
    place: state?.place ?? '',
    notAboutAPlace: state?.notAboutAPlace === true ? ['yes'] : [],
    // A street already confirmed as typed is not asked about again, unless it is edited.
    ...(state?.street !== undefined && state.streetInGazetteer === false ? { streetConfirmed: state.street } : {}),
  }),
  parse(values, context) {
    // A click on the map: offer the nearest street to confirm; nothing is saved yet.
    if (pinClicked(values)) {
      const pin = streetAtPin(values, context);
      return pin.ok
        ? { ok: false, errors: [], values: valuesAfterPin(values, pin.street), view: { pinStreet: pin.street } }
        : { ok: false, errors: [pin.error], values: valuesAfterPin(values, undefined) };
    }
    const result = schema.safeParse({
      building: single(values, 'building'),
      street: single(values, 'street'),
      town: single(values, 'town'),
      postcode: single(values, 'postcode'),
      place: single(values, 'place'),
    });
    if (!result.success) return { ok: false, errors: fieldErrors(result.error.issues) };
    const { street, ...rest } = result.data;
    const given = Object.values(result.data).some((value) => value !== undefined);
    if (!given) {
      return many(values, 'notAboutAPlace').includes('yes')
        ? { ok: true, state: { notAboutAPlace: true } }
        : {
            ok: false,
            errors: [
              {
                field: 'building',
                message: 'Tell us where this is happening, or tick ‘It is not about a particular place’',
              },
            ],
          };
    }
    const state: WhereAnswers = { notAboutAPlace: false, ...withoutUndefined(rest) };
    if (street === undefined) return { ok: true, state };

    // Checked against the district's street gazetteer: a known street is stored with the
    // gazetteer's spelling; an unknown one is kept only when the reporter says so.
    const known = context.streets.findStreet(street);
    const choice = single(values, 'streetChoice');
    if (known !== undefined) return { ok: true, state: { ...state, street: known, streetInGazetteer: true } };
    if (choice === keepStreetAsTyped || single(values, 'streetConfirmed') === street) {
      return { ok: true, state: { ...state, street, streetInGazetteer: false } };
    }
    const chosen = choice === '' ? undefined : context.streets.findStreet(choice);
    if (chosen !== undefined) return { ok: true, state: { ...state, street: chosen, streetInGazetteer: true } };
    return {
      ok: false,
      errors: [
        {
          field: 'streetChoice',
          message: `We could not find ‘${street}’ in St Albans district. Choose a street, or use what you typed`,
        },
      ],
      view: { streetItems: streetItems(context.streets.suggestStreets(street, 5), street) },
    };
  },
  view: (values) => ({
    notAboutAPlaceChecked: many(values, 'notAboutAPlace').includes('yes'),
    streetConfirmed: single(values, 'streetConfirmed'),
    map: { width: districtMap.width, height: districtMapHeight },
  }),
  summarise(state) {
    if (state.notAboutAPlace) return [{ key: 'Where', lines: ['Not about a particular place'] }];
    const street =
      state.street === undefined
        ? undefined
        : state.streetInGazetteer === true
          ? state.street
          : `${state.street} (not in our list of St Albans district streets)`;
    const lines = [state.building, street, state.town, state.postcode, state.place].filter(
      (line): line is string => line !== undefined,
    );
    return [{ key: 'Where', lines }];
  },
};

/** The "which street do you mean?" radios: the nearest gazetteer streets, or keep what was typed. */
function streetItems(suggestions: readonly string[], typed: string) {
  return [
    ...suggestions.map((name) => ({ value: name, text: name })),
    ...(suggestions.length > 0 ? [{ divider: 'or' }] : []),
    { value: keepStreetAsTyped, text: `Use ‘${typed}’ as I typed it` },
  ];
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
