import type { Me } from '../../api/types.ts';

// What the navigation and the overview show of a section; the sections themselves, with their
// pages, are the route table in routes.tsx.
export type Section = {
  readonly path: string;
  readonly label: string;
  /** Shown to anyone holding one of these permissions (the API checks again). */
  readonly anyOf: readonly string[];
  readonly summary: string;
};

export function hasPermission(me: Me, permission: string): boolean {
  return me.permissions.includes(permission);
}
