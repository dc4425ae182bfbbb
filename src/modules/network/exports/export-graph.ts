import type { EntityKind } from '../../pole/index.ts';
import type { Coordinates } from '../coordinates.ts';

/** A sub-graph ready to be written out: labels opened, reports attached. */
export type ExportEntity = {
  readonly id: string;
  readonly kind: EntityKind;
  readonly label: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reportCount: number;
  readonly reportIds: readonly string[];
  readonly coordinates: Coordinates | null;
};

export type ExportLink = {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly kind: string;
  readonly confidence: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly sourceCount: number;
  readonly reportIds: readonly string[];
};

export type ExportGraph = {
  readonly title: string;
  readonly marking: string;
  readonly exportedAt: string;
  readonly exportedBy: string;
  readonly entities: readonly ExportEntity[];
  readonly links: readonly ExportLink[];
};

/** Our entity kinds as i2 Analyst's Notebook entity types (and the icon each uses). */
export const i2EntityTypes: Readonly<Record<EntityKind, { type: string; icon: string }>> = {
  person: { type: 'Person', icon: 'Person' },
  phone: { type: 'Telephone', icon: 'Telephone' },
  vehicle: { type: 'Vehicle', icon: 'Vehicle' },
  email: { type: 'Email Address', icon: 'Email' },
  online_account: { type: 'Online Account', icon: 'Internet' },
  location: { type: 'Address', icon: 'Address' },
};

/** Several report ids in one cell. */
export const joinIds = (ids: readonly string[]): string => ids.join(';');
