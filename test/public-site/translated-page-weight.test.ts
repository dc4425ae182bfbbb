import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliCompressSync } from 'node:zlib';
import { reportLanguages } from '../../src/labels/report-languages.ts';
import { infoPages } from '../../src/modules/public-site/info-pages.routes.ts';
import { journeyClient } from '../support/journey-client.ts';
import { usePublicApp } from '../support/public-app.ts';

// Issue 20: the page-weight budget (30 KB compressed with the stylesheet and scripts) holds in
// every language, though Urdu and Bengali take three bytes a letter where English takes one.
const site = usePublicApp();

test('every public page stays under 30 KB compressed in every language, and is served in it', async (t) => {
  let assets = 0;
  for (const asset of ['linebreak.css', 'linebreak.js', 'govuk-frontend.min.js']) {
    const response = await site.app.inject({
      method: 'GET',
      url: `/assets/${asset}`,
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(response.headers['content-encoding'], 'br', asset);
    assets += response.rawPayload.length;
  }
  const heaviest: string[] = [];
  for (const locale of reportLanguages) {
    const client = journeyClient(site.app);
    let largest = 0;
    for (const path of ['/', ...infoPages.map((page) => page.path), '/report']) {
      const page = await client.get(`${path}?lang=${locale}`);
      assert.equal(page.statusCode, 200, `${locale} ${path}`);
      assert.match(
        page.body,
        new RegExp(`<html[^>]* lang="${locale === 'en' ? 'en-GB' : locale}"`),
        `${locale} ${path}`,
      );
      const bytes = brotliCompressSync(page.rawPayload).length + assets;
      assert.ok(bytes < 30 * 1024, `${locale} ${path}: ${String(bytes)} bytes`);
      largest = Math.max(largest, bytes);
    }
    heaviest.push(`${locale} ${String(largest)}`);
  }
  t.diagnostic(`heaviest page with assets, bytes: ${heaviest.join(', ')}`);
});
