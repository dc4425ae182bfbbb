import { loadConfig } from '../../config/config.ts';
import { importPlanIntoPole, planNeo4jImport, readNeo4jExport } from '../../modules/pole/index.ts';
import { systemClock } from '../../platform/clock.ts';
import { loadKeys } from '../../platform/crypto/keys.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { openConfiguredDatabase, prepareSchema } from '../database.ts';
import { createServices } from '../services.ts';
import { UsageError, writeLine, type Command } from './command.ts';

export const poleCommand: Command = {
  name: 'pole',
  summary: 'Work on the POLE store (import-neo4j: load a Neo4j POLE graph export)',
  usage: `linebreak pole import-neo4j PATH [--observed-on YYYY-MM-DD]

  Imports the Neo4j "POLE / crime investigation" example (neo4j-admin CSV files: a folder, or
  the pole-data-importer.zip itself) into the POLE store: people, phones, e-mail addresses,
  vehicles and locations become entities; KNOWS*, FAMILY_REL, HAS_PHONE, HAS_EMAIL and
  CURRENT_ADDRESS relationships, phone calls and crimes become dated source records linking them.
  Records without a date (relationships) are dated --observed-on (default 2017-08-31, the end of
  the example's month). Importing twice changes nothing. Prints what was imported.`,
  options: { 'observed-on': { type: 'string' } },
  async run({ values, positionals }, io) {
    const [action, path, extra] = positionals;
    if (action !== 'import-neo4j') {
      throw new UsageError(action ? `unknown pole action "${action}"` : 'say what to do: import-neo4j PATH');
    }
    if (path === undefined) throw new UsageError('name the folder or zip to import');
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    const observedOn = typeof values['observed-on'] === 'string' ? values['observed-on'] : '2017-08-31';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(observedOn)) throw new UsageError('--observed-on takes a date like 2017-08-31');
    const plan = planNeo4jImport(readNeo4jExport(path), { defaultDay: observedOn });
    const config = loadConfig(io.env);
    const database = await openConfiguredDatabase(config);
    try {
      await prepareSchema(database);
      const logger = createLogger({ level: 'warn' });
      const services = await createServices({ config, database, clock: systemClock, keys: loadKeys(config), logger });
      const summary = await importPlanIntoPole(services, plan, {
        source: path,
        actorId: 'linebreak pole import-neo4j',
      });
      writeLine(
        io.stdout,
        `Imported ${String(summary.records)} source records (${String(summary.newEntities)} new entities).`,
      );
      writeLine(io.stdout, `  entities: ${JSON.stringify(summary.entitiesByKind)}`);
      writeLine(io.stdout, `  links:    ${JSON.stringify(summary.linksByKind)}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
