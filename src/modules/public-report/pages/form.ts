import { z } from 'zod';
import type { FieldError, FormValues } from './page.ts';

// Helpers shared by the page definitions: turning a posted form into the shapes the zod
// schemas check, and zod's issues into GOV.UK field errors. Every text field has a maximum
// length, so an oversized answer is a clear error on its field, never a failure.

/** The first value posted under `name`, or '' (a tampered form may repeat any field). */
export function single(values: FormValues, name: string): string {
  const value = values[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

/** Every value posted under `name` (checkboxes), without blanks. */
export function many(values: FormValues, name: string): string[] {
  const value = values[name];
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string' && item !== '');
}

/** Optional free text: trimmed, at most `max` characters, '' becomes undefined. */
export function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be ${String(max)} characters or fewer`)
    .transform((value) => (value === '' ? undefined : value));
}

/** A choice from a vocabulary; '' becomes undefined. */
export function optionalChoice<T extends Record<string, string>>(vocabulary: T, message: string) {
  return z
    .string()
    .refine((value) => value === '' || Object.hasOwn(vocabulary, value), message)
    .transform((value) => (value === '' ? undefined : (value as keyof T & string)));
}

export function requiredChoice<T extends Record<string, string>>(vocabulary: T, message: string) {
  return z
    .string()
    .refine((value) => Object.hasOwn(vocabulary, value), message)
    .transform((value) => value as keyof T & string);
}

/** Codes ticked from a vocabulary, each once, in the vocabulary's order. */
export function codeList<T extends Record<string, string>>(vocabulary: T, message: string) {
  return z
    .array(z.string())
    .refine((codes) => codes.every((code) => Object.hasOwn(vocabulary, code)), message)
    .transform((codes) => Object.keys(vocabulary).filter((code) => codes.includes(code)) as (keyof T & string)[]);
}

/**
 * zod issues → field errors. `fieldOf` names the form field for an issue's path; by default
 * the first path segment is the field name.
 */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
  fieldOf: (path: readonly PropertyKey[]) => string = (path) => String(path[0] ?? 'form'),
): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return errors;
}

/** "vehicles.0.make" style paths of repeated groups → the form field "vehicle1Make". */
export function slotField(prefix: string): (path: readonly PropertyKey[]) => string {
  return (path) => {
    const [, index, name] = path;
    if (typeof index !== 'number' || typeof name !== 'string') return String(path[0] ?? 'form');
    return `${prefix}${String(index + 1)}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  };
}

export function isBlank(record: Readonly<Record<string, unknown>>): boolean {
  return Object.values(record).every((value) => value === undefined || value === '');
}

/** Labels of codes, in order. */
export function labels<T extends Record<string, string>>(vocabulary: T, codes: readonly (keyof T)[]): string[] {
  return codes.map((code) => vocabulary[code] ?? String(code));
}

export const slotCount = 3;

/**
 * Repeated groups of fields ("person1Description", "person2Description"…), read as one
 * record per slot. Without JavaScript there is no "add another" button: a page offers
 * three slots, the second and third folded away until opened.
 */
export function readSlots<F extends string>(
  values: FormValues,
  prefix: string,
  fields: readonly F[],
): Record<F, string>[] {
  return Array.from({ length: slotCount }, (_, index) => {
    const slot = {} as Record<F, string>;
    for (const field of fields) {
      slot[field] = single(values, `${prefix}${String(index + 1)}${field.charAt(0).toUpperCase()}${field.slice(1)}`);
    }
    return slot;
  });
}

export function slotValues<F extends string>(
  prefix: string,
  fields: readonly F[],
  slots: readonly Partial<Record<F, string | undefined>>[],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (let index = 0; index < slotCount; index += 1) {
    for (const field of fields) {
      values[`${prefix}${String(index + 1)}${field.charAt(0).toUpperCase()}${field.slice(1)}`] =
        slots[index]?.[field] ?? '';
    }
  }
  return values;
}

export type ChoiceItem = { value: string; text: string; checked?: boolean; selected?: boolean };

/** Radio or checkbox items for a vocabulary, with what was chosen marked. */
export function choiceItems(
  vocabulary: Readonly<Record<string, string>>,
  chosen: readonly string[] | string,
): ChoiceItem[] {
  const picked = typeof chosen === 'string' ? [chosen] : chosen;
  return Object.entries(vocabulary).map(([value, text]) => ({ value, text, checked: picked.includes(value) }));
}

/** Select options for a vocabulary, with what was chosen marked. */
export function selectItems(vocabulary: Readonly<Record<string, string>>, chosen: string): ChoiceItem[] {
  return Object.entries(vocabulary).map(([value, text]) => ({ value, text, selected: value === chosen }));
}
