// `linebreak extract`: read a report from stdin, print the extracted entities as one JSON object and a newline.
import { extractEntities } from './extraction.ts';

export const MAX_INPUT_BYTES = 1024 * 1024;

class InputError extends Error {}

async function readAll(stdin: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += buf.length;
    if (size > limit) throw new InputError(`input is larger than 1 MB (${limit} bytes); nothing was extracted`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

function decodeUtf8(bytes: Buffer): string {
  try {
    // fatal: reject malformed bytes instead of replacing them; a leading byte-order mark is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('input is not valid UTF-8; nothing was extracted');
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err?: Error | null) => {
      if (err) reject(err);
      else resolve();
    });
  });
}

export async function runExtractCommand(
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let text: string;
  try {
    text = decodeUtf8(await readAll(stdin, MAX_INPUT_BYTES));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    await write(stderr, `linebreak extract: ${err.message}\n`);
    return 1;
  }
  await write(stdout, JSON.stringify(extractEntities(text)) + '\n');
  return 0;
}
