// A small browser-like HTTP client for the benchmarks: one keep-alive connection, a cookie jar,
// the CSRF token of the last form it saw, and the raw (still compressed) bytes of each response,
// so the page-weight benchmark can count what actually crossed the wire.
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export type RawResponse = {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The body as sent, before any content decoding. */
  readonly wire: Buffer;
  /** The body decoded (gzip, br or deflate undone) as text. */
  readonly text: string;
  /** Milliseconds from sending the request to the last byte of the response. */
  readonly ms: number;
};

export function decodeBody(wire: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(wire);
  if (encoding === 'gzip') return gunzipSync(wire);
  if (encoding === 'deflate') return inflateSync(wire);
  return wire;
}

/** The hidden CSRF field of a journey form, if the page has one. */
export function csrfTokenOf(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

export function createHttpClient(baseUrl: string, options: { acceptEncoding?: string } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const cookies = new Map<string, string>();
  let csrf: string | undefined;

  function remember(headers: IncomingHttpHeaders): void {
    for (const line of headers['set-cookie'] ?? []) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (value === '' || /max-age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
  }

  function send(method: 'GET' | 'POST', path: string, body?: string): Promise<RawResponse> {
    const headers: Record<string, string> = {
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      ...(options.acceptEncoding ? { 'accept-encoding': options.acceptEncoding } : {}),
      ...(cookies.size > 0 ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
      ...(body === undefined
        ? {}
        : { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) }),
    };
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = httpRequest(new URL(path, baseUrl), { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const ms = performance.now() - started;
          remember(res.headers);
          const wire = Buffer.concat(chunks);
          const text = decodeBody(wire, res.headers['content-encoding']).toString('utf8');
          csrf = csrfTokenOf(text) ?? csrf;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, text, ms });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  return {
    get csrf() {
      return csrf;
    },
    get: (path: string) => send('GET', path),
    /** Posts a form, adding the last CSRF token seen unless `withCsrf` is false. */
    post(path: string, fields: Readonly<Record<string, string | readonly string[]>> = {}, withCsrf = true) {
      const form = new URLSearchParams();
      if (withCsrf && csrf !== undefined) form.append('_csrf', csrf);
      for (const [name, value] of Object.entries(fields)) {
        for (const item of typeof value === 'string' ? [value] : value) form.append(name, item);
      }
      return send('POST', path, form.toString());
    },
    close(): void {
      agent.destroy();
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
