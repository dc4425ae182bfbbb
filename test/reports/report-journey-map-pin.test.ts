import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { areaBoundaries, findStreet } from '../../src/modules/gazetteer/index.ts';
import { districtMapSvg, fromPixel, toPixel } from '../../src/modules/public-report/district-map.ts';
import { errorSummaryItems, fieldErrors, fieldValue, has, one, parseHtml, textOf } from '../support/html.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { usePublicApp } from '../support/public-app.ts';

// Issue 16: the where page's map pin. <input type="image" name="pin"> posts the pixel clicked
// as pin.x and pin.y without any script; the page comes back offering the nearest street.
const site = usePublicApp();

async function atWherePage() {
  const client = journeyClient(site.app);
  assert.equal(await client.walk(fullAnswers, 'where'), '/report/where');
  const page = await client.get('/report/where');
  assert.equal(page.statusCode, 200);
  return { client, page };
}

test('the where page has the map as an image button, after Continue, with a hint that it is optional', async () => {
  const { page } = await atWherePage();
  const root = parseHtml(page.body);
  const pin = one(root, 'input[type="image"][name="pin"]');
  assert.match(pin.getAttribute('src') ?? '', /^\/assets\/district-map\.[0-9a-f]{8}\.svg$/);
  assert.match(pin.getAttribute('alt') ?? '', /Map of St Albans district/);
  assert.match(textOf(one(root, '#pin-hint')), /The map is optional: you can type the street/);
  // Enter in a text field sends the form's first submit button: that must be Continue, not the map.
  const buttons = root.querySelectorAll('form button, form input[type="image"], form input[type="submit"]');
  assert.equal(buttons[0]?.tagName, 'BUTTON');
});

test('a click on the map offers the street at that place, and saves nothing until Continue', async () => {
  const { client } = await atWherePage();
  for (const [name, x, y] of [
    ['Harper Lane', '183', '336'],
    ['Waddington Road', '147', '224'],
  ] as const) {
    const response = await client.post('/report/where', { building: '12', street: '', 'pin.x': x, 'pin.y': y });
    assert.equal(response.statusCode, 200, name);
    const root = parseHtml(response.body);
    assert.equal(textOf(one(root, '#pin-street strong')), `Is it near ${name}?`);
    assert.equal(fieldValue(root, 'street'), name, 'the street box holds the street found');
    assert.equal(fieldValue(root, 'building'), '12', 'what was typed is kept');
    assert.ok(!has(root, '.govuk-error-summary'), name);
    assert.ok(!response.body.includes(`value="${x}"`), 'the click is not carried in the form');
  }
  // Nothing was saved: the where page is still unanswered, and the check page is out of reach.
  const fresh = parseHtml((await client.get('/report/where')).body);
  assert.equal(fieldValue(fresh, 'street'), '');
  assert.equal((await client.get('/report/check')).headers.location, '/report/where');
  // Continue with the offered street: stored with the gazetteer's spelling, as if typed.
  assert.equal((await client.post('/report/where', { street: 'Waddington Road' })).statusCode, 303);
  const saved = parseHtml((await client.get('/report/where')).body);
  assert.equal(fieldValue(saved, 'street'), 'Waddington Road');
  assert.ok(!has(saved, 'input[name="streetConfirmed"]'), 'a gazetteer street, not one kept as typed');
  assert.ok(!has(saved, '#pin-street'));
});

test('the known pixels are where the projection puts those streets', () => {
  for (const [name, x, y] of [
    ['Harper Lane', 183, 336],
    ['Waddington Road', 147, 224],
  ] as const) {
    const street = findStreet(name);
    assert.ok(street);
    assert.deepEqual(toPixel(street.latitude, street.longitude).map(Math.round), [x, y], name);
    const point = fromPixel(x, y);
    assert.ok(point && Math.abs(point.latitude - street.latitude) < 0.0005, name);
  }
});

test('bad or out-of-range clicks get the GOV.UK error summary, never a failure', async () => {
  const { client } = await atWherePage();
  const cases: readonly [string, Record<string, string>, RegExp][] = [
    ['outside the map', { 'pin.x': '900', 'pin.y': '10' }, /Select a place on the map of St Albans district/],
    ['negative', { 'pin.x': '-4', 'pin.y': '10' }, /Select a place on the map/],
    ['not a number', { 'pin.x': 'abc', 'pin.y': '1e3' }, /Select a place on the map/],
    ['only one coordinate', { 'pin.x': '150' }, /Select a place on the map/],
    ['huge', { 'pin.x': '99999999999999999999', 'pin.y': '5' }, /Select a place on the map/],
    // A keyboard press on the image button sends 0,0: there was no place chosen.
    ['pressed from the keyboard', { 'pin.x': '0', 'pin.y': '0' }, /Select a place on the map of St Albans district/],
    ['on the map, outside the district', { 'pin.x': '2', 'pin.y': '2' }, /could not find a street near that place/],
  ];
  for (const [what, fields, message] of cases) {
    const response = await client.post('/report/where', { town: 'Harpenden', ...fields });
    assert.equal(response.statusCode, 400, what);
    const root = parseHtml(response.body);
    const items = errorSummaryItems(root);
    assert.deepEqual(
      items.map((item) => item.href),
      ['#pin'],
      what,
    );
    assert.match(items.map((item) => item.text).join(' '), message, what);
    assert.match(fieldErrors(root).pin ?? '', message, what);
    assert.equal(fieldValue(root, 'town'), 'Harpenden', `${what}: what was typed is kept`);
  }
});

test('the journey still works without the map', async () => {
  const { client } = await atWherePage();
  const response = await client.post('/report/where', { street: 'hatfield rd' });
  assert.equal(response.statusCode, 303);
  assert.equal(fieldValue(parseHtml((await client.get('/report/where')).body), 'street'), 'Hatfield Road');
});

test('the map is a small cached static asset, up to date with the boundaries, and the page keeps its budget', async () => {
  const svg = readFileSync(new URL('../../src/modules/public-report/assets/district-map.svg', import.meta.url), 'utf8');
  assert.equal(svg, districtMapSvg(areaBoundaries('ward')), 'run node scripts/derive-district-map.ts');
  assert.ok(gzipSync(svg).length <= 4 * 1024, `${String(gzipSync(svg).length)} bytes gzipped`);
  const { page } = await atWherePage();
  const src = one(parseHtml(page.body), 'input[name="pin"]').getAttribute('src') ?? '';
  const asset = await site.app.inject({ method: 'GET', url: src, headers: { 'accept-encoding': 'br' } });
  assert.equal(asset.statusCode, 200);
  assert.match(String(asset.headers['content-type']), /^image\/svg\+xml/);
  assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
  let bytes = brotliCompressSync(page.rawPayload).length + asset.rawPayload.length;
  for (const name of ['linebreak.css', 'linebreak.js', 'govuk-frontend.min.js']) {
    const response = await site.app.inject({
      method: 'GET',
      url: `/assets/${name}`,
      headers: { 'accept-encoding': 'br' },
    });
    bytes += response.rawPayload.length;
  }
  assert.ok(bytes < 30 * 1024, `where page with assets: ${String(bytes)} bytes`);
});
