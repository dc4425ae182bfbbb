// The world a fresh development install is loaded with: small enough to read through on the
// staff site, big enough to show two lines re-branding, cuckooed homes and false alerts.
import type { WorldOptions } from './world-options.ts';

export const demoWorldOptions = {
  seed: 20_261_126,
  reports: 400,
  lines: 3,
  startDay: '2026-01-01',
  days: 300,
} as const satisfies WorldOptions;
