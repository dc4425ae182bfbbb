// Contexts for contextual safeguarding: places (and online spaces) where exploitation happens,
// which carry interventions of their own rather than only on each child.
export const contextKinds = {
  park: 'Park or open space',
  school: 'School or college',
  flat: 'Flat or house',
  shop: 'Shop, café or takeaway',
  transport: 'Station or transport hub',
  online: 'Online space',
  other: 'Other place',
} as const;
export type ContextKind = keyof typeof contextKinds;
export const contextKindCodes = Object.keys(contextKinds) as [ContextKind, ...ContextKind[]];
