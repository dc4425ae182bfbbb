import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { MAX_INPUT_BYTES, runExtractCommand } from './extract.command.ts';
import type { Extraction } from './types.ts';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(input: Buffer[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await runExtractCommand(Readable.from(input), out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe('runExtractCommand', () => {
  it('prints exactly one JSON object and a newline, and exits 0', async () => {
    const text = 'Call 07700 900123 — grey car AB12 CDE outside 42 Hatfield Road, AL1 3JX.';
    const { code, out, err } = await run([Buffer.from(text, 'utf8')]);
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.ok(out.endsWith('}\n'));
    assert.equal(out.split('\n').length, 2);
    const parsed = JSON.parse(out) as Extraction;
    assert.deepEqual(
      parsed.phones.map((p) => p.e164),
      ['+447700900123'],
    );
    assert.deepEqual(
      parsed.vehicles.map((v) => v.vrm),
      ['AB12CDE'],
    );
    assert.deepEqual(
      parsed.postcodes.map((p) => p.postcode),
      ['AL1 3JX'],
    );
    assert.equal(parsed.addresses[0]?.street, 'Hatfield Road');
    assert.equal(text.slice(parsed.phones[0]?.start, parsed.phones[0]?.end), '07700 900123');
  });

  it('joins multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('£20 bag — ring 07700 900456', 'utf8');
    // split inside the two-byte "£" and inside the three-byte em dash
    const { code, out } = await run([bytes.subarray(0, 1), bytes.subarray(1, 9), bytes.subarray(9)]);
    assert.equal(code, 0);
    const [phone] = (JSON.parse(out) as Extraction).phones;
    assert.ok(phone);
    assert.equal(phone.e164, '+447700900456');
    assert.equal(phone.start, 15);
  });

  it('accepts empty input and returns empty lists', async () => {
    const { code, out } = await run([]);
    assert.equal(code, 0);
    const parsed = JSON.parse(out) as Record<string, unknown[]>;
    assert.deepEqual(Object.keys(parsed).sort(), [
      'addresses',
      'childIndicators',
      'drugs',
      'emails',
      'handles',
      'people',
      'phones',
      'postcodes',
      'vehicles',
    ]);
    for (const list of Object.values(parsed)) assert.deepEqual(list, []);
  });

  it('drops a leading byte-order mark so offsets match the text', async () => {
    const { out } = await run([Buffer.from('\uFEFF07700 900123', 'utf8')]);
    const parsed = JSON.parse(out) as Extraction;
    assert.equal(parsed.phones[0]?.start, 0);
  });

  it('rejects invalid UTF-8 with exit code 1 and a message on stderr', async () => {
    const { code, out, err } = await run([Buffer.from([0x63, 0x61, 0x6c, 0x6c, 0x20, 0xff, 0xfe])]);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /^linebreak extract: input is not valid UTF-8/);
  });

  it('rejects input over 1 MB but accepts exactly 1 MB', async () => {
    const exact = await run([Buffer.alloc(MAX_INPUT_BYTES, 0x61)]);
    assert.equal(exact.code, 0);
    const over = await run([Buffer.alloc(MAX_INPUT_BYTES, 0x61), Buffer.from('a')]);
    assert.equal(over.code, 1);
    assert.equal(over.out, '');
    assert.match(over.err, /larger than 1 MB/);
  });

  it('reads string chunks from a stream with an encoding set', async () => {
    const out = sink();
    const err = sink();
    const input = Readable.from(['snap: tiny_23 ', 'email x@example.com']);
    const code = await runExtractCommand(input, out.stream, err.stream);
    assert.equal(code, 0);
    const parsed = JSON.parse(out.text()) as Extraction;
    assert.equal(parsed.handles[0]?.handle, 'tiny_23');
    assert.equal(parsed.emails[0]?.address, 'x@example.com');
  });
});
