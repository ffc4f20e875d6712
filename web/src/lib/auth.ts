import { config } from './config';

/** Who is signed in, read from the ID token's claims (Cognito's, or the local stack's alike). */
export interface Session {
  readonly token: string;
  readonly username: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly unit?: string;
  readonly nip?: string;
  readonly expiresAt: number;
}

const TOKEN_KEY = 'layanan.token';
const RETURN_KEY = 'layanan.return';
const PKCE_KEY = 'layanan.pkce';

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (char) => char.charCodeAt(0))));
}

export function sessionOf(token: string): Session | undefined {
  try {
    const claims = claimsOf(token);
    const groups = claims['cognito:groups'];
    const expiresAt = Number(claims.exp ?? 0) * 1000;
    if (expiresAt <= Date.now()) return undefined;
    return {
      token,
      username: String(claims['cognito:username'] ?? claims.username ?? ''),
      name: String(claims.name ?? claims['cognito:username'] ?? ''),
      roles: Array.isArray(groups)
        ? groups.map(String)
        : String(groups ?? '')
            .split(/[,\s]+/)
            .filter(Boolean),
      ...(typeof claims['custom:unit'] === 'string' && { unit: claims['custom:unit'] }),
      ...(typeof claims['custom:nip'] === 'string' && { nip: claims['custom:nip'] }),
      expiresAt,
    };
  } catch {
    return undefined;
  }
}

export function storedSession(): Session | undefined {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? sessionOf(token) : undefined;
}

export function keepToken(token: string): Session | undefined {
  sessionStorage.setItem(TOKEN_KEY, token);
  return sessionOf(token);
}

export function forgetSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Where to go after signing in: the page a mail link or a bookmark asked for. */
export function rememberReturn(path: string): void {
  if (path.startsWith('/') && !path.startsWith('//')) sessionStorage.setItem(RETURN_KEY, path);
}

export function peekReturn(): string {
  return sessionStorage.getItem(RETURN_KEY) ?? '/';
}

export function takeReturn(): string {
  const path = sessionStorage.getItem(RETURN_KEY) ?? '/';
  sessionStorage.removeItem(RETURN_KEY);
  return path;
}

/** The local stack's sign-in: a token for a seeded account (POST /local/login, local only). */
export async function localSignIn(username: string): Promise<Session> {
  const response = await fetch(`${config().apiUrl}/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  const body = (await response.json()) as { token?: string; error?: { message: string } };
  if (!response.ok || !body.token) throw new Error(body.error?.message ?? `login ${response.status}`);
  const session = keepToken(body.token);
  if (!session) throw new Error('token without a session');
  return session;
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const callbackUrl = () => `${window.location.origin}/masuk/callback`;

/** Cognito managed login: OAuth 2.0 authorization code with PKCE (S256), no client secret. */
export async function cognitoSignIn(): Promise<void> {
  const settings = config().auth;
  if (settings.kind !== 'cognito') throw new Error('not a Cognito deployment');
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64Url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
  );
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  const url = new URL('/oauth2/authorize', settings.domain);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: callbackUrl(),
    scope: 'openid email profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** Back from managed login: checks the state, trades the code and the verifier for tokens. */
export async function completeCognitoSignIn(search: string): Promise<Session> {
  const settings = config().auth;
  if (settings.kind !== 'cognito') throw new Error('not a Cognito deployment');
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? '{}') as {
    verifier?: string;
    state?: string;
  };
  sessionStorage.removeItem(PKCE_KEY);
  const code = params.get('code');
  if (!code || !pending.verifier || params.get('state') !== pending.state) throw new Error('state mismatch');
  const response = await fetch(new URL('/oauth2/token', settings.domain), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: settings.clientId,
      code,
      redirect_uri: callbackUrl(),
      code_verifier: pending.verifier,
    }),
  });
  const tokens = (await response.json()) as { id_token?: string };
  const session = tokens.id_token ? keepToken(tokens.id_token) : undefined;
  if (!session) throw new Error('no ID token');
  return session;
}

/** Signs out here, and at Cognito's managed login when that is where the session came from. */
export function signOut(): void {
  forgetSession();
  const settings = config().auth;
  if (settings.kind === 'cognito') {
    const url = new URL('/logout', settings.domain);
    url.search = new URLSearchParams({
      client_id: settings.clientId,
      logout_uri: `${window.location.origin}/`,
    }).toString();
    window.location.assign(url.toString());
  }
}
