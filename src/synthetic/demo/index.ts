// The demo module's public face: other modules import from here only.
export { createDemoAccounts, currentDemoCode, demoAccountsFileName, parseDemoAccounts } from './demo-accounts.ts';
export { loadDemoWorld } from './load-demo-world.ts';
export { demoActors, demoTeams, loadDemoUnit, recentWorldOptions, type DemoUnitSummary } from './demo-unit.ts';
export { loadDemoOperations, type DemoOperationsSummary, type DemoStaff } from './demo-operations.ts';
export { loadDemoCasework, type DemoCaseworkSummary } from './demo-casework.ts';
export { loadDemoContext } from './demo-context.ts';
