// A browser sends a form's textarea with CRLF line ends; the labelled sets are written with LF. Every rule that
// reads lines (signatures, chats, forms, contact lines) must read both the same: found when the public site's
// report reached the analyst's page with "Abdul Karim" for the signed "Abdul Karim Chowdhury".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { comparable, type CorpusCase } from './corpus-score.ts';
import { extractEntities } from './extraction.ts';

const dir = join(import.meta.dirname, '../../../test/fixtures/extraction');
const cases: CorpusCase[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusCase[] | { cases: CorpusCase[] };
    return Array.isArray(data) ? data : data.cases;
  });

describe('extractEntities: line ends as a browser sends them', () => {
  it('finds the same entities at the same places in every labelled text written with CRLF as with LF', () => {
    const multiline = cases.filter((c) => c.text.includes('\n'));
    assert.ok(multiline.length > 100, `only ${String(multiline.length)} texts of several lines`);
    for (const c of multiline) {
      const crlf = c.text.replace(/\n/g, '\r\n');
      const lf = extractEntities(c.text);
      const read = extractEntities(crlf);
      assert.deepEqual(comparable(read), comparable(lf), c.id);
      // Spans point into the text as sent: each entity's text is cut from it.
      for (const person of read.people) assert.equal(crlf.slice(person.start, person.end), person.text, c.id);
    }
  });

  it('reads a signature over a contact line and a chat sent with CRLF, and a lone CR as a line end', () => {
    const people = (text: string) => extractEntities(text).people.map((p) => p.name);
    assert.deepEqual(people('I am worried for the baby.\r\nAbdul Karim Chowdhury\r\nPhone 07700 900 227'), [
      'Abdul Karim Chowdhury',
    ]);
    assert.deepEqual(
      people('[21/11/2026, 22:14] Kaz: u comin out\r\n[21/11/2026, 22:15] Leah: cant\r\nPlease help.\rDonna'),
      ['Kaz', 'Leah', 'Donna'],
    );
  });
});
