import type { Band } from '../../api/operations-types.ts';

export const bandLabels: Readonly<Record<Band, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

export const historyLabels: Readonly<Record<string, string>> = {
  create: 'Made a target',
  adjust: 'Priority adjusted',
  review: 'Reviewed',
  close: 'Closed',
};

/** "+10", "-5", "0". */
export function signed(n: number): string {
  return n > 0 ? `+${String(n)}` : String(n);
}
