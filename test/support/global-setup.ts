import { prepareTemplate } from './test-database.ts';

// Runs once before any test file: migrate the template database that every file clones.
export async function globalSetup(): Promise<void> {
  await prepareTemplate();
}
