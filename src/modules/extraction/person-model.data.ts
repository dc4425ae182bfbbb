// The trained person model (ADR 0061): made by `npm run train:extraction`, never edited by hand.
import type { PersonModel } from './person-model.ts';
import model from './data/person-model.json' with { type: 'json' };

export const PERSON_MODEL: PersonModel = model as PersonModel;
