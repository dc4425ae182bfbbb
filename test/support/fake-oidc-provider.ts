import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';

// A minimal OpenID provider on 127.0.0.1 for tests: discovery, JWKS and a token endpoint
// that checks PKCE and signs RS256 ID tokens. The "login" is a call to `authorize()`, which
// stands in for the person signing in at the provider and returns the redirect it would send.

export type FakeProvider = {
  readonly issuer: string;
  /** The person signs in at the provider with these claims; answers the callback URL it redirects to. */
  authorize(authorizationUrl: string, claims: Record<string, unknown>): string;
  close(): Promise<void>;
};

export async function startFakeOidcProvider(options: {
  clientId: string;
  clientSecret: string;
}): Promise<FakeProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const codes = new Map<
    string,
    { claims: Record<string, unknown>; challenge: string; redirectUri: string; nonce: string }
  >();
  let issuer = '';

  const server: Server = createServer((request, response) => {
    void handle(request).then(({ status, body }) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });

  async function handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(request.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return {
        status: 200,
        body: {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
        },
      };
    }
    if (url.pathname === '/jwks') return { status: 200, body: { keys: [jwk] } };
    if (url.pathname === '/token' && request.method === 'POST') {
      let raw = '';
      for await (const chunk of request) raw += String(chunk);
      const form = new URLSearchParams(raw);
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        grant?.challenge !== challenge ||
        grant.redirectUri !== form.get('redirect_uri') ||
        form.get('client_id') !== options.clientId ||
        form.get('client_secret') !== options.clientSecret
      ) {
        return { status: 400, body: { error: 'invalid_grant' } };
      }
      const now = Math.floor(Date.now() / 1000);
      const idToken = signJwt({
        iss: issuer,
        aud: options.clientId,
        iat: now,
        exp: now + 300,
        nonce: grant.nonce,
        ...grant.claims,
      });
      return {
        status: 200,
        body: { access_token: 'fake-access', token_type: 'Bearer', expires_in: 300, id_token: idToken },
      };
    }
    return { status: 404, body: { error: 'not_found' } };
  }

  function signJwt(payload: Record<string, unknown>): string {
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const signature = sign('sha256', Buffer.from(`${header}.${body}`), privateKey).toString('base64url');
    return `${header}.${body}.${signature}`;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`;

  return {
    issuer,
    authorize(authorizationUrl, claims) {
      const request = new URL(authorizationUrl);
      const code = randomBytes(16).toString('hex');
      codes.set(code, {
        claims,
        challenge: request.searchParams.get('code_challenge') ?? '',
        redirectUri: request.searchParams.get('redirect_uri') ?? '',
        nonce: request.searchParams.get('nonce') ?? '',
      });
      const redirect = new URL(request.searchParams.get('redirect_uri') ?? '');
      redirect.searchParams.set('code', code);
      redirect.searchParams.set('state', request.searchParams.get('state') ?? '');
      return redirect.href;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
