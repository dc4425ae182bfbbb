// The words for the operations codes come from the one shared place (src/labels, ADR 0037);
// this file keeps the scenes' imports short and adds what is only formatting.
export {
  bandLabels,
  drugForms,
  drugLabel,
  drugOptions,
  entryMethodLabels,
  intelligenceResultLabels,
  labelFor,
  offenceLabels,
  outcomeLabels,
  seizureUnits,
  sourceTypeLabels,
  targetHistoryLabels as historyLabels,
  warrantStatusLabels,
} from '../../../../src/labels/index.ts';

/** "+10", "-5", "0". */
export function signed(n: number): string {
  return n > 0 ? `+${String(n)}` : String(n);
}
