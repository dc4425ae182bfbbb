import { givenNameVariantGroups } from './given-name-variants.data.ts';

// Index of given-name variant groups: each name → the numbers of the groups it belongs to.
const groupsByName = new Map<string, number[]>();
const formalNamesByGroup: string[][] = [];

givenNameVariantGroups
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '')
  .forEach((line, group) => {
    const [formal = '', short = ''] = line.split(':');
    const formals = formal.trim().split(/\s+/);
    formalNamesByGroup.push(formals);
    for (const name of [...formals, ...short.trim().split(/\s+/)]) {
      if (name === '') continue;
      const groups = groupsByName.get(name) ?? [];
      if (!groups.includes(group)) groups.push(group);
      groupsByName.set(name, groups);
    }
  });

/** True when two normalised given names are forms of one name ("rob" and "robert", "bill" and "liam"). */
export function areGivenNameVariants(a: string, b: string): boolean {
  if (a === b) return false;
  const groupsOfA = groupsByName.get(a);
  const groupsOfB = groupsByName.get(b);
  if (groupsOfA === undefined || groupsOfB === undefined) return false;
  return groupsOfA.some((group) => groupsOfB.includes(group));
}

/** Formal names a given name may stand for ("bob" → ["robert"]); the name itself when unknown. */
export function formalGivenNames(name: string): string[] {
  const groups = groupsByName.get(name);
  if (groups === undefined) return [name];
  return [...new Set(groups.map((group) => formalNamesByGroup[group]?.[0] ?? name))];
}

/** Number of (formal name, short form) pairs in the table, for the documentation and its test. */
export function countGivenNameVariantPairs(): number {
  let pairs = 0;
  for (const line of givenNameVariantGroups.split('\n')) {
    const [formal = '', short = ''] = line.split(':');
    const formals = formal.trim().split(/\s+/).filter(Boolean).length;
    const shorts = short.trim().split(/\s+/).filter(Boolean).length;
    pairs += formals * shorts;
  }
  return pairs;
}
