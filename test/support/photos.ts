import sharp from 'sharp';

export const exifMarkers = { make: 'MarkerCamMake', model: 'MarkerModel', copyright: 'CopyrightMarker' };
export const xmpMarker = 'XmpCreatorMarker';
export const iptcMarker = 'IptcCaptionMarker';
export const commentMarker = 'JpegCommentMarker';

const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${xmpMarker}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/**
 * A JPEG carrying every kind of metadata a phone camera writes: EXIF with camera details and
 * a GPS position (sharp .withExif), XMP, an IPTC caption (a Photoshop APP13 segment) and a
 * JPEG comment, plus an orientation tag, so a cleaned copy can be checked for all of them.
 */
export async function photoWithMetadata(options: { width?: number; height?: number } = {}): Promise<Buffer> {
  const base = await sharp({
    create: { width: options.width ?? 120, height: options.height ?? 80, channels: 3, background: '#8a2be2' },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: exifMarkers.make, Model: exifMarkers.model, Copyright: exifMarkers.copyright },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 45/1 1234/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 20/1 5678/100',
      },
    })
    .withMetadata({ orientation: 6 })
    .withXmp(xmp)
    .toBuffer();
  return insertAfterSoi(base, [app13Iptc(iptcMarker), comSegment(commentMarker)]);
}

function segment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header[0] = 0xff;
  header[1] = marker;
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

function app13Iptc(caption: string): Buffer {
  // IPTC-IIM record 2, dataset 120 (caption), inside a Photoshop 8BIM resource 0x0404.
  const text = Buffer.from(caption, 'latin1');
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x78, text.length >> 8, text.length & 0xff]), text]);
  const padded = iptc.length % 2 === 0 ? iptc : Buffer.concat([iptc, Buffer.alloc(1)]);
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0x00, 0x00]),
    Buffer.from([0, 0, iptc.length >> 8, iptc.length & 0xff]),
    padded,
  ]);
  return segment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]));
}

function comSegment(comment: string): Buffer {
  return segment(0xfe, Buffer.from(comment, 'latin1'));
}

function insertAfterSoi(jpeg: Buffer, segments: Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** Everything in the bytes that would reveal metadata survived. */
export function metadataLeftIn(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  return [
    ...Object.values(exifMarkers),
    xmpMarker,
    iptcMarker,
    commentMarker,
    'Exif\0\0',
    'http://ns.adobe.com/xap',
    'Photoshop 3.0',
    '8BIM',
    'GPS',
  ].filter((marker) => text.includes(marker));
}
