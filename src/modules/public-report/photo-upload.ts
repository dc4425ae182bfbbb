import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import { cleanPhoto, maxPhotoBytes, maxPhotosPerReport, type PhotoProblem } from '../reports/index.ts';
import type { JourneySession, JourneySessions } from './journey-session.ts';
import type { FieldError } from './pages/page.ts';

export type PostedForm = { values: Record<string, string | string[]>; files: { bytes: Buffer; tooLarge: boolean }[] };

const photoProblems: Record<PhotoProblem | 'too_large' | 'too_many', string> = {
  too_large: `Each photo must be smaller than ${String(maxPhotoBytes / 1024 / 1024)} MB`,
  not_an_image: 'The selected file must be a photo',
  unsupported_format: 'The photo must be a JPG, PNG or WebP',
  too_many_pixels: 'The photo is too big: it must be smaller than 50 megapixels',
  too_many: `You can add up to ${String(maxPhotosPerReport)} photos. Remove one to add another`,
};

/**
 * Reads a multipart form: fields as values, files as buffers (a file over the size limit is
 * cut short and marked, so the reporter gets an error message instead of a dropped
 * connection). Form-encoded posts pass through unchanged.
 */
export async function readPostedForm(request: FastifyRequest): Promise<PostedForm | { tooManyFiles: true }> {
  if (!request.isMultipart()) {
    return { values: (request.body ?? {}) as Record<string, string | string[]>, files: [] };
  }
  const values: Record<string, string | string[]> = {};
  const files: PostedForm['files'] = [];
  try {
    for await (const part of request.parts() as AsyncIterable<Multipart>) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        // An empty file input still sends a part with no name and no bytes.
        if (bytes.length > 0 || part.filename !== '') files.push({ bytes, tooLarge: part.file.truncated });
        continue;
      }
      const value = typeof part.value === 'string' ? part.value : '';
      const existing = values[part.fieldname];
      values[part.fieldname] =
        existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_FILES_LIMIT') return { tooManyFiles: true };
    // Nothing but the parser runs in this loop, so any other failure is a body that is not
    // multipart as declared (no or wrong boundary, cut short, bad headers): the sender's
    // mistake, answered 400, never a 500 with an error log line.
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) throw error;
    throw new AppError('validation_failed', 'The form could not be read');
  }
  return { values, files };
}

export function tooManyPhotosError(): FieldError {
  return { field: 'photos', message: photoProblems.too_many };
}

/**
 * Cleans and keeps new photos in the draft. All or nothing: if any file is refused, none of
 * this upload is kept and the reporter is told why.
 */
export async function addPhotos(
  sessions: JourneySessions,
  session: JourneySession,
  files: PostedForm['files'],
): Promise<FieldError | undefined> {
  if (files.length === 0) return undefined;
  const existing = await sessions.photoSlots(session);
  if (existing.length + files.length > maxPhotosPerReport) return tooManyPhotosError();
  const cleaned: { jpeg: Buffer; original: Buffer; removed: readonly string[] }[] = [];
  for (const file of files) {
    if (file.tooLarge) return { field: 'photos', message: photoProblems.too_large };
    const result = await cleanPhoto(file.bytes);
    if (!result.ok) return { field: 'photos', message: photoProblems[result.problem] };
    cleaned.push({ jpeg: result.photo.jpeg, original: file.bytes, removed: result.photo.removed });
  }
  const taken = new Set(existing.map((slot) => slot.position));
  for (const photo of cleaned) {
    let position = 1;
    while (taken.has(position)) position += 1;
    taken.add(position);
    await sessions.addPhoto(session, photo.jpeg, position, { bytes: photo.original, removed: photo.removed });
  }
  return undefined;
}
