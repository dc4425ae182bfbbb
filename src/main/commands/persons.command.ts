import { loadConfig } from '../../config/config.ts';
import type { TrainingReport } from '../../modules/resolution/index.ts';
import { systemClock } from '../../platform/clock.ts';
import { loadKeys } from '../../platform/crypto/keys.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { openConfiguredDatabase, prepareSchema } from '../database.ts';
import { createServices } from '../services.ts';
import { UsageError, writeLine, type Command, type CommandIo } from './command.ts';

export const personsCommand: Command = {
  name: 'persons',
  summary: 'Person matching (train: learn the matching weights from the force’s own records)',
  usage: `linebreak persons train [--seed N]

  Learns how much each kind of agreement between two person records says about them being the
  same person, from the people already in the POLE store and without labels (expectation-
  maximisation, ADR 0045). Also gives every person the blocking keys added since they were
  keyed. Stores the model as a new version (audited); suggestions are scored with it from then
  on. Nothing is merged: analysts still decide every suggestion. Prints m, u and the weight in
  bits of every comparison level. --seed fixes the random pairs (default 20261208).`,
  options: { seed: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [action, extra] = positionals;
    if (action !== 'train') {
      throw new UsageError(action ? `unknown persons action "${action}"` : 'say what to do: train');
    }
    if (extra !== undefined) throw new UsageError(`unexpected argument: ${extra}`);
    const seedText = typeof values.seed === 'string' ? values.seed : '20261208';
    if (!/^\d{1,9}$/.test(seedText)) throw new UsageError('--seed takes a whole number');
    const config = loadConfig(io.env);
    const database = await openConfiguredDatabase(config);
    try {
      await prepareSchema(database);
      const logger = createLogger({ level: 'warn' });
      const services = await createServices({ config, database, clock: systemClock, keys: loadKeys(config), logger });
      const report = await services.personModelTrainer.train({
        actorId: 'linebreak persons train',
        seed: Number(seedText),
      });
      printReport(io, report);
      return 0;
    } finally {
      await database.close();
    }
  },
};

function printReport(io: CommandIo, report: TrainingReport): void {
  const line = (text: string) => {
    writeLine(io.stdout, text);
  };
  line(`Trained person matching model version ${String(report.version)} on ${String(report.records)} named people.`);
  line(
    `  ${String(report.candidatePairs)} candidate pairs (about ${(report.candidateMatchShare * 100).toFixed(1)}% the same person), ` +
      `${String(report.randomPairs)} random pairs; ${String(report.iterations)} EM iterations${report.converged ? '' : ' (did not converge)'}.`,
  );
  if (report.candidatePairs < 100) {
    line('  Few candidate pairs: m stays close to the defaults; retrain when the store holds more people.');
  }
  line(`  Prior (two records picked at random are the same person): ${report.priorMatchProbability.toPrecision(3)}`);
  line('');
  line(
    `  ${'comparison'.padEnd(12)} ${'level'.padEnd(12)} ${'m'.padStart(8)} ${'u'.padStart(10)} ${'weight'.padStart(8)}`,
  );
  for (const { comparison, level, m, u, weight } of report.levels) {
    line(
      `  ${comparison.padEnd(12)} ${level.padEnd(12)} ${m.toFixed(4).padStart(8)} ${u.toPrecision(3).padStart(10)} ${weight.toFixed(2).padStart(8)}`,
    );
  }
}
