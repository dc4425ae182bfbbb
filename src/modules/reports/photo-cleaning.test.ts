import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { iptcMarker, metadataLeftIn, photoWithMetadata } from '../../../test/support/photos.ts';
import { cleanPhoto } from './photo-cleaning.ts';

test('the test photo really carries EXIF, GPS, XMP, IPTC and a comment', async () => {
  const original = await photoWithMetadata();
  const metadata = await sharp(original).metadata();
  assert.ok(metadata.exif && metadata.xmp && metadata.iptc, 'sharp sees EXIF, XMP and IPTC');
  assert.equal(metadata.orientation, 6);
  assert.ok(Buffer.from(metadata.iptc).toString('latin1').includes(iptcMarker));
  assert.ok(metadataLeftIn(original).length >= 8);
});

test('cleaning re-encodes the pixels only, turned upright', async () => {
  const result = await cleanPhoto(await photoWithMetadata({ width: 120, height: 80 }));
  assert.ok(result.ok);
  const metadata = await sharp(result.photo.jpeg).metadata();
  assert.equal(metadata.format, 'jpeg');
  assert.equal(metadata.exif, undefined);
  assert.equal(metadata.xmp, undefined);
  assert.equal(metadata.iptc, undefined);
  assert.equal(metadata.icc, undefined);
  assert.equal(metadata.comments, undefined);
  assert.equal(metadata.orientation, undefined);
  assert.deepEqual([metadata.width, metadata.height], [80, 120], 'orientation 6 was applied to the pixels');
  assert.deepEqual(metadataLeftIn(result.photo.jpeg), []);
});

test('large photos are scaled down; PNG and WebP are accepted', async () => {
  const big = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#123456' } })
    .png()
    .toBuffer();
  const result = await cleanPhoto(big);
  assert.ok(result.ok);
  assert.deepEqual([result.photo.width, result.photo.height], [2048, 512]);
  const webp = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
    .webp()
    .toBuffer();
  assert.ok((await cleanPhoto(webp)).ok);
});

test('anything that is not a photo is refused with a reason', async () => {
  assert.deepEqual(await cleanPhoto(Buffer.from('not an image at all')), { ok: false, problem: 'not_an_image' });
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  );
  assert.deepEqual(await cleanPhoto(svg), { ok: false, problem: 'unsupported_format' });
  const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
    .gif()
    .toBuffer();
  assert.deepEqual(await cleanPhoto(gif), { ok: false, problem: 'unsupported_format' });
  const truncated = (await photoWithMetadata()).subarray(0, 400);
  assert.equal((await cleanPhoto(truncated)).ok, false);
});
