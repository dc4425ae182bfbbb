// The demo module's public face: other modules import from here only.
export { createDemoAccounts, currentDemoCode, demoAccountsFileName, parseDemoAccounts } from './demo-accounts.ts';
export { loadDemoWorld } from './load-demo-world.ts';
export { demoTeams, loadDemoUnit, recentWorldOptions, type DemoUnitSummary } from './demo-unit.ts';
