import type { Role } from '../../src/modules/access/roles.ts';

// Hotspot maps, time patterns and the tactical assessment dashboard (issue 16) in the route × role
// matrix of route-access.test.ts. Partner agency users, call handlers and administrators are refused.
type Entry = { access: readonly Role[]; sample?: () => { url: string } };

export function analysisRoutes(): Record<string, Entry> {
  const unit: readonly Role[] = ['intelligence_analyst', 'intelligence_supervisor'];
  const entityReaders: readonly Role[] = [...unit, 'officer', 'safeguarding_lead'];
  return {
    // Alerts: the unit sees every kind, safeguarding leads the child and cuckooing kinds.
    'GET /api/maps/hotspots': {
      access: [...unit, 'safeguarding_lead'],
      sample: () => ({ url: '/api/maps/hotspots?layer=alerts&unit=hex&resolution=8' }),
    },
    'GET /api/maps/time-pattern': {
      access: unit,
      sample: () => ({ url: '/api/maps/time-pattern?ward=E05004785' }),
    },
    'GET /api/maps/wards': { access: entityReaders },
    'GET /api/dashboard': { access: entityReaders },
    'GET /api/dashboard/export': {
      access: entityReaders,
      sample: () => ({ url: '/api/dashboard/export?bucket=month' }),
    },
  };
}
