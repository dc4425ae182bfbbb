import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { serverNodeFlags } from './node-flags.ts';

describe('the Node flags the server runs with', () => {
  it('keeps WebAssembly at its baseline tier and favours memory (ADR 0049)', () => {
    assert.deepEqual([...serverNodeFlags()].sort(), ['--liftoff-only', '--optimize-for-size']);
  });

  it('are flags this Node accepts and honours', () => {
    // An unknown V8 flag is only warned about, so ask V8 whether each flag took effect.
    const shown = execFileSync(process.execPath, [...serverNodeFlags(), '--print-flag-values', '-e', '0'], {
      encoding: 'utf8',
    });
    const values = shown.split('\n');
    assert.ok(values.includes('--liftoff-only'), 'WebAssembly is kept at the baseline tier');
    assert.ok(values.includes('--optimize-for-size'), 'V8 favours memory over speed');
  });
});
