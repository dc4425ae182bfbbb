import type { EntityKind } from '../api/network-types.ts';

// Colours for link charts (GOV.UK palette, distinguishable on white). Every colour is also
// named in the chart's legend and tables, so nothing depends on colour alone.

export const kindColours: Readonly<Record<EntityKind, string>> = {
  person: '#1d70b8',
  phone: '#d4351c',
  vehicle: '#00703c',
  location: '#4c2c92',
  email: '#f47738',
  online_account: '#d53880',
};

export const kindLabels: Readonly<Record<EntityKind, string>> = {
  person: 'Person',
  phone: 'Phone',
  vehicle: 'Vehicle',
  location: 'Location',
  email: 'Email',
  online_account: 'Online account',
};

const communityPalette = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#f47738', '#d53880', '#28a197', '#b58840'];

export function communityColour(index: number): string {
  return communityPalette[index % communityPalette.length] ?? '#505a5f';
}
