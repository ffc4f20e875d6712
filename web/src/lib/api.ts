import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema';
import { storedSession } from './auth';
import { config } from './config';

export type Schemas = components['schemas'];
export type Request = Schemas['Request'];
export type RequestDocument = Schemas['RequestDocument'];

/** An error the API answered, in its own words: a stable code, a Bahasa message, the field at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let onUnauthenticated: () => void = () => undefined;

/** What to do when the API says the session is over (401): the app sends the user to sign in. */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

const bearer: Middleware = {
  onRequest({ request }) {
    const session = storedSession();
    if (session) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) onUnauthenticated();
    return response;
  },
};

let client: ReturnType<typeof createClient<paths>> | undefined;

/** The typed client of the API (openapi-fetch over the types generated from GET /openapi.json). */
export function api() {
  if (!client) {
    client = createClient<paths>({ baseUrl: config().apiUrl });
    client.use(bearer);
  }
  return client;
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The data of an answer, or its error thrown as an ApiError carrying the API's message. */
export async function data<T>(pending: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await pending;
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Tidak dapat menghubungi server. Periksa sambungan internet Anda lalu coba lagi.',
    );
  }
  if (answer.response.ok) return answer.data as T;
  const error = (answer.error as { error?: { code?: string; message?: string; field?: string } } | undefined)
    ?.error;
  throw new ApiError(
    answer.response.status,
    error?.code ?? 'UNKNOWN',
    error?.message ?? `Permintaan gagal (${answer.response.status}).`,
    error?.field,
  );
}

/**
 * PUTs a file to a presigned S3 URL, reporting progress (fetch cannot report upload progress;
 * XMLHttpRequest can).
 */
export function uploadFile(
  url: string,
  file: Blob,
  headers: Record<string, string>,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new ApiError(request.status, 'UPLOAD_FAILED', 'Unggahan gagal. Silakan coba lagi.'));
    request.onerror = () => reject(new ApiError(0, 'UPLOAD_FAILED', 'Unggahan terputus. Silakan coba lagi.'));
    request.send(file);
  });
}

/** The file's type by its first bytes, as the API checks it: PDF, JPEG or PNG, else undefined. */
export async function sniffType(
  file: Blob,
): Promise<'application/pdf' | 'image/jpeg' | 'image/png' | undefined> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  return undefined;
}
