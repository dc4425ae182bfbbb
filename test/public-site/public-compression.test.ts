import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import nunjucks from 'nunjucks';
import { trimFilter } from '../../src/platform/http/views.ts';
import { usePublicApp } from '../support/public-app.ts';

describe('public pages are sent compressed to browsers that accept it', () => {
  const site = usePublicApp();

  test('brotli when offered, gzip otherwise, and the same page either way', async () => {
    const plain = await site.app.inject({ method: 'GET', url: '/county-lines' });
    assert.equal(plain.headers['content-encoding'], undefined);
    const br = await site.app.inject({
      method: 'GET',
      url: '/county-lines',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2, 'at least halves the page');
    const gzip = await site.app.inject({ method: 'GET', url: '/county-lines', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    // Each response has its own CSP nonce, so compare with the nonces blanked.
    const blank = (html: string) => html.replace(/nonce="[^"]+"/g, 'nonce=""');
    assert.equal(blank(brotliDecompressSync(br.rawPayload).toString()), blank(plain.body));
    assert.equal(blank(gunzipSync(gzip.rawPayload).toString()), blank(plain.body));
  });
});

test('the trim filter trims like Nunjucks and keeps safe strings safe', () => {
  assert.equal(trimFilter('  \n a b \t\n'), 'a b');
  const safe = trimFilter(new nunjucks.runtime.SafeString('  <b>x</b>  '));
  assert.ok(safe instanceof nunjucks.runtime.SafeString);
  assert.equal(String(safe), '<b>x</b>');
  // Long runs of whitespace (what made the original filter slow) come back trimmed.
  assert.equal(trimFilter(`${' '.repeat(50_000)}x${'\n '.repeat(50_000)}`), 'x');
});
