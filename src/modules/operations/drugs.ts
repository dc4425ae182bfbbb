// Controlled drugs and their class under the Misuse of Drugs Act 1971 (DOMAIN-OPERATIONS b.4): the
// list lives with its words in src/labels (ADR 0037), so the staff web app offers the same drugs.
export { controlledDrugCodes, controlledDrugs, type ControlledDrug } from '../../labels/index.ts';
