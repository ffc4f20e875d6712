export interface ApiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

interface CallOptions {
  /** Seeded username to call as; omitted means no token. */
  readonly as?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A client of the HTTP API of a local stack, logging in seeded users through POST /local/login. */
export function apiClient(baseUrl: string) {
  const tokens = new Map<string, Promise<string>>();

  async function token(username: string): Promise<string> {
    let pending = tokens.get(username);
    if (!pending) {
      pending = fetch(`${baseUrl}/local/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      }).then(async (response) => {
        if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status}`);
        return ((await response.json()) as { token: string }).token;
      });
      tokens.set(username, pending);
    }
    return pending;
  }

  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(options.body !== undefined && {
        body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
      }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
  }

  return {
    token,
    call,
    get: <T = Record<string, unknown>>(path: string, options?: CallOptions) => call<T>('GET', path, options),
    post: <T = Record<string, unknown>>(path: string, options?: CallOptions) =>
      call<T>('POST', path, options),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
