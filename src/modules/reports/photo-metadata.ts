import type { Metadata } from 'sharp';

// What hidden information an uploaded photo carried, read from its metadata before it is
// cleaned, so the reporter can be told in plain words what we removed. Only the kinds of
// information are kept, never the values (no coordinates, no times, no names).

export const hiddenInfoWords = {
  location: 'the location where it was taken',
  time: 'the date and time it was taken',
  camera: 'the make and model of the phone or camera',
  serial: 'the serial number of the phone or camera',
  owner: 'a name, owner or copyright notice',
  software: 'the app or software that saved or edited it',
  thumbnail: 'a small preview copy of the picture, which can show parts you cropped out',
  notes: 'other hidden notes, such as captions, comments or editing history',
} as const;
export type HiddenInfo = keyof typeof hiddenInfoWords;

const order = Object.keys(hiddenInfoWords) as HiddenInfo[];

// TIFF tags (EXIF 2.32) and what each reveals.
const ifd0Tags: Readonly<Record<number, HiddenInfo>> = {
  0x010e: 'notes', // ImageDescription
  0x010f: 'camera', // Make
  0x0110: 'camera', // Model
  0x0131: 'software', // Software
  0x0132: 'time', // DateTime
  0x013b: 'owner', // Artist
  0x8298: 'owner', // Copyright
  0x9c9b: 'notes', // XPTitle
  0x9c9c: 'notes', // XPComment
  0x9c9d: 'owner', // XPAuthor
};
const exifTags: Readonly<Record<number, HiddenInfo>> = {
  0x9003: 'time', // DateTimeOriginal
  0x9004: 'time', // DateTimeDigitized
  0x927c: 'camera', // MakerNote
  0x9286: 'notes', // UserComment
  0xa430: 'owner', // CameraOwnerName
  0xa431: 'serial', // BodySerialNumber
  0xa433: 'camera', // LensMake
  0xa434: 'camera', // LensModel
  0xa435: 'serial', // LensSerialNumber
};
const exifPointer = 0x8769;
const gpsPointer = 0x8825;
// GPSLatitude, GPSLongitude, GPSAltitude, GPSDestLatitude, GPSDestLongitude, GPSAreaInformation
const gpsPositionTags = new Set([0x0002, 0x0004, 0x0006, 0x0014, 0x0016, 0x001c]);

const xmpClues: readonly (readonly [RegExp, HiddenInfo])[] = [
  [/GPS(Latitude|Longitude)|Iptc4xmpCore:Location|photoshop:City/i, 'location'],
  [/DateTimeOriginal|xmp:CreateDate|photoshop:DateCreated|xmp:ModifyDate/i, 'time'],
  [/tiff:Make|tiff:Model|aux:Lens/i, 'camera'],
  [/SerialNumber/i, 'serial'],
  [/dc:creator|dc:rights|photoshop:Credit/i, 'owner'],
  [/xmp:CreatorTool|photoshop:History|xmpMM:History/i, 'software'],
];

/** The kinds of hidden information in a photo, in a fixed order; empty when it carried none. */
export function hiddenInfoIn(metadata: Metadata, input: Buffer): HiddenInfo[] {
  const found = new Set<HiddenInfo>();
  if (metadata.exif) {
    for (const kind of exifFindings(metadata.exif)) found.add(kind);
  }
  if (metadata.xmp) {
    const xmp = metadata.xmp.toString('utf8');
    for (const [clue, kind] of xmpClues) if (clue.test(xmp)) found.add(kind);
    found.add('notes');
  }
  if (metadata.iptc || metadata.tifftagPhotoshop || (metadata.comments?.length ?? 0) > 0 || hasJpegComment(input)) {
    found.add('notes');
  }
  return order.filter((kind) => found.has(kind));
}

function exifFindings(exif: Buffer): HiddenInfo[] {
  const found: HiddenInfo[] = [];
  try {
    const start = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0;
    const tiff = exif.subarray(start);
    const little = tiff.subarray(0, 2).toString('latin1') === 'II';
    const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
    const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
    const entries = (offset: number): { tag: number; value: number }[] => {
      if (offset <= 0 || offset + 2 > tiff.length) return [];
      const count = Math.min(u16(offset), 500);
      const list: { tag: number; value: number }[] = [];
      for (let i = 0; i < count; i += 1) {
        const at = offset + 2 + i * 12;
        if (at + 12 > tiff.length) break;
        list.push({ tag: u16(at), value: u32(at + 8) });
      }
      return list;
    };
    const ifd0Offset = u32(4);
    const ifd0 = entries(ifd0Offset);
    for (const { tag, value } of ifd0) {
      const kind = ifd0Tags[tag];
      if (kind) found.push(kind);
      if (tag === exifPointer) {
        for (const inner of entries(value)) {
          const innerKind = exifTags[inner.tag];
          if (innerKind) found.push(innerKind);
        }
      }
      if (tag === gpsPointer && entries(value).some((inner) => gpsPositionTags.has(inner.tag))) {
        found.push('location');
      }
    }
    // IFD1, after IFD0's entries, is the embedded thumbnail.
    const nextAt = ifd0Offset + 2 + ifd0.length * 12;
    if (nextAt + 4 <= tiff.length && entries(u32(nextAt)).length > 0) found.push('thumbnail');
  } catch {
    // A malformed EXIF block still counts as hidden information, even if we cannot say which.
    found.push('notes');
  }
  return found;
}

/** A JPEG COM (comment) segment before the image data. */
function hasJpegComment(input: Buffer): boolean {
  if (input.length < 4 || input[0] !== 0xff || input[1] !== 0xd8) return false;
  let at = 2;
  while (at + 4 <= input.length && input[at] === 0xff) {
    const marker = input[at + 1] ?? 0;
    if (marker === 0xfe) return true;
    if (marker === 0xda || marker === 0xd9) return false; // start of scan, end of image
    at += 2 + input.readUInt16BE(at + 2);
  }
  return false;
}
