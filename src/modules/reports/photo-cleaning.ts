import { hiddenInfoIn, type HiddenInfo } from './photo-metadata.ts';

// Every photo is decoded and re-encoded before it is stored, so nothing but pixels survives:
// sharp writes no EXIF (camera, time, GPS position), XMP, IPTC, comments or ICC profile
// unless asked to, and we never ask. The image is turned upright first, because the
// orientation tag that said how is removed with the rest.

export const maxPhotoBytes = 10 * 1024 * 1024;
export const maxPhotosPerReport = 3;
const maxInputPixels = 50_000_000;
const maxEdge = 2048;
const acceptedFormats = new Set(['jpeg', 'png', 'webp']);

export type CleanedPhoto = {
  readonly jpeg: Buffer;
  readonly width: number;
  readonly height: number;
  /** What hidden information the original carried, read before cleaning (kinds only, no values). */
  readonly removed: readonly HiddenInfo[];
  /** The original's format (jpeg, png or webp). */
  readonly originalFormat: string;
};
export type PhotoProblem = 'not_an_image' | 'unsupported_format' | 'too_many_pixels';

export async function cleanPhoto(
  input: Buffer,
): Promise<{ ok: true; photo: CleanedPhoto } | { ok: false; problem: PhotoProblem }> {
  // sharp (libvips) loads with the first photo, not with every server (docs/adr/0049).
  const { default: sharp } = await import('sharp');
  let format: string;
  let removed: HiddenInfo[];
  try {
    const metadata = await sharp(input, { limitInputPixels: false }).metadata();
    format = metadata.format;
    removed = hiddenInfoIn(metadata, input);
    if (metadata.width * metadata.height > maxInputPixels) {
      return { ok: false, problem: 'too_many_pixels' };
    }
  } catch {
    return { ok: false, problem: 'not_an_image' };
  }
  // SVG is refused along with everything else that is not a photo format: it can carry
  // scripts and references to other servers.
  if (!acceptedFormats.has(format)) {
    return { ok: false, problem: 'unsupported_format' };
  }
  try {
    const { data, info } = await sharp(input, { limitInputPixels: maxInputPixels, failOn: 'error', pages: 1 })
      .rotate()
      .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, photo: { jpeg: data, width: info.width, height: info.height, removed, originalFormat: format } };
  } catch {
    return { ok: false, problem: 'not_an_image' };
  }
}
