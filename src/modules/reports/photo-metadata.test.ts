import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { photoWithMetadata } from '../../../test/support/photos.ts';
import { hiddenInfoIn } from './photo-metadata.ts';

const blank = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#ccc' } });
const findings = async (input: Buffer) => hiddenInfoIn(await sharp(input).metadata(), input);

test('a phone photo’s hidden information is named by kind: location, camera, owner, notes', async () => {
  assert.deepEqual(await findings(await photoWithMetadata()), ['location', 'camera', 'owner', 'notes']);
});

test('times, serial numbers and software are found in EXIF too', async () => {
  const input = await blank()
    .jpeg()
    .withExif({
      IFD0: { Software: 'Editor 2', DateTime: '2026:11:20 10:00:00' },
      IFD2: { DateTimeOriginal: '2026:11:20 10:00:00', BodySerialNumber: '12345' },
    })
    .toBuffer();
  assert.deepEqual(await findings(input), ['time', 'serial', 'software']);
});

test('a photo without metadata carried nothing; a JPEG comment alone is a hidden note', async () => {
  assert.deepEqual(await findings(await blank().png().toBuffer()), []);
  const jpeg = await blank().jpeg().toBuffer();
  assert.deepEqual(await findings(jpeg), []);
  const comment = Buffer.from('a note', 'latin1');
  const segment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
  assert.deepEqual(await findings(Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)])), ['notes']);
});

test('GPS position tags mean the location; a GPS block with only a version does not', async () => {
  const versionOnly = await blank()
    .jpeg()
    .withExif({ IFD3: { GPSVersionID: '2 3 0 0' } })
    .toBuffer();
  assert.ok(!(await findings(versionOnly)).includes('location'));
});
