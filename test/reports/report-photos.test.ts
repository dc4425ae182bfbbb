import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { createPublicApp } from '../../src/main/public-app.ts';
import { fieldValue, mainText, parseHtml, summaryRows } from '../support/html.ts';
import { errorSummary, fullAnswers, journeyClient } from '../support/journey-client.ts';
import { metadataLeftIn, photoWithMetadata } from '../support/photos.ts';
import { onlyReportId, openStoredReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

describe('photos on a report', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let photo: Buffer;

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services);
    photo = await photoWithMetadata();
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  async function atPhotosPage() {
    const client = journeyClient(app);
    await client.walk(fullAnswers, 'anything-else');
    await client.get('/report/anything-else');
    return client;
  }

  test('a photo with EXIF, GPS, XMP and IPTC is stored with none of it, and still decrypts to a picture', async () => {
    assert.ok(metadataLeftIn(photo).length >= 8, 'the upload really carries metadata');
    const client = await atPhotosPage();
    const uploaded = await client.postMultipart('/report/anything-else', { details: 'See photo' }, [
      { name: 'IMG_0001.jpg', type: 'image/jpeg', bytes: photo },
    ]);
    assert.equal(uploaded.statusCode, 303, errorSummary(uploaded.body).join());
    assert.equal(uploaded.headers.location, '/report/contact');
    await client.answer('contact', { choice: 'anonymous' });
    const rows = summaryRows(parseHtml((await client.get('/report/check')).body));
    assert.ok(
      rows.some((row) => row.value === '1 photo(s) added'),
      JSON.stringify(rows),
    );
    await client.send();
    const stored = await openStoredReport(system.services, await onlyReportId(system.services));
    assert.equal(stored.photos.length, 1);
    const kept = stored.photos[0]!;
    assert.deepEqual(metadataLeftIn(kept), [], 'no marker of any metadata survives');
    const metadata = await sharp(kept).metadata();
    assert.equal(metadata.format, 'jpeg');
    for (const field of ['exif', 'xmp', 'iptc', 'icc', 'orientation'] as const) {
      assert.equal(metadata[field], undefined, `${field} removed`);
    }
    assert.deepEqual([metadata.width, metadata.height], [80, 120], 'turned upright before the tag was dropped');
    assert.equal(await system.services.db.selectFrom('journey_photos').select('id').executeTakeFirst(), undefined);
  });

  test('photos can be added and removed before sending, without JavaScript', async () => {
    const client = await atPhotosPage();
    const added = await client.postMultipart('/report/anything-else', { action: 'upload' }, [
      { name: 'a.jpg', type: 'image/jpeg', bytes: photo },
      { name: 'b.jpg', type: 'image/jpeg', bytes: photo },
    ]);
    assert.equal(added.headers.location, '/report/anything-else#photos');
    const page = await client.get('/report/anything-else');
    assert.match(mainText(page.body), /Photo 1 added.*Photo 2 added/);
    const firstId = /name="removePhoto" value="([0-9a-f-]{36})"/.exec(page.body)?.[1] ?? '';
    const removed = await client.postMultipart('/report/anything-else', { removePhoto: firstId }, []);
    assert.equal(removed.headers.location, '/report/anything-else#photos');
    const after = await client.get('/report/anything-else');
    assert.match(mainText(after.body), /Photo 1 added/);
    assert.doesNotMatch(mainText(after.body), /Photo 2 added/);
  });

  test('more than three photos is a clear error', async () => {
    const client = await atPhotosPage();
    const files = [1, 2, 3, 4].map((n) => ({ name: `${String(n)}.jpg`, type: 'image/jpeg', bytes: photo }));
    const response = await client.postMultipart('/report/anything-else', { details: 'kept' }, files);
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorSummary(response.body), ['#photos You can add up to 3 photos. Remove one to add another']);
  });

  test('a file over 10 MB is a clear error, not a failure', async () => {
    const client = await atPhotosPage();
    const big = Buffer.concat([photo, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const response = await client.postMultipart('/report/anything-else', { details: 'What I typed' }, [
      { name: 'big.jpg', type: 'image/jpeg', bytes: big },
    ]);
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorSummary(response.body), ['#photos Each photo must be smaller than 10 MB']);
    assert.equal(fieldValue(parseHtml(response.body), 'details'), 'What I typed');
  });

  test('a file that is not a photo is refused', async () => {
    const client = await atPhotosPage();
    const response = await client.postMultipart('/report/anything-else', {}, [
      { name: 'notes.txt', type: 'text/plain', bytes: Buffer.from('hello') },
    ]);
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorSummary(response.body), ['#photos The selected file must be a photo']);
    const svg = await client.postMultipart('/report/anything-else', {}, [
      {
        name: 'x.svg',
        type: 'image/svg+xml',
        bytes: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9"/></svg>',
        ),
      },
    ]);
    assert.deepEqual(errorSummary(svg.body), ['#photos The photo must be a JPG, PNG or WebP']);
  });
});
