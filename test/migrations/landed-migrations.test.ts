import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrationChecksums, recordedChecksums } from '../../scripts/record-migration-checksums.ts';

// A migration that has landed may have run on a database somewhere: changing it would leave that
// database different from a new one. Fix forward with a new migration instead.
test('every landed migration is byte for byte what was recorded when it landed', () => {
  const current = migrationChecksums();
  const recorded = recordedChecksums();
  for (const [name, checksum] of Object.entries(recorded)) {
    assert.ok(name in current, `${name} was landed and must not be deleted or renamed`);
    assert.equal(current[name], checksum, `${name} was edited after it landed: add a new migration instead`);
  }
});

test('every migration has its checksum recorded', () => {
  const recorded = recordedChecksums();
  const unrecorded = Object.keys(migrationChecksums()).filter((name) => !(name in recorded));
  assert.deepEqual(unrecorded, [], 'run `node scripts/record-migration-checksums.ts` when a migration lands');
});
