// The trained drug model (ADR 61): made by `npm run train:extraction`, never edited by hand.
import model from './data/drug-model.json' with { type: 'json' };
import type { DrugModel } from './drug-model.ts';

export const DRUG_MODEL: DrugModel = model;
