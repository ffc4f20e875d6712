import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import sirv from 'sirv';
import { contentSecurityPolicy, PORTAL_HEADERS } from '../portal-policy';
import type { LocalUser } from './users';

const WEB = join(import.meta.dirname, '..', '..', 'web');

export interface LocalPortalOptions {
  readonly port: number;
  readonly agencyName: string;
  readonly apiUrl: string;
  /** Where presigned uploads and downloads go (the local S3), for the CSP's connect-src. */
  readonly storageUrl: string;
  readonly users: readonly LocalUser[];
  /** `dist` serves the production build (web/dist) under the CloudFront policy; `dev` runs Vite. */
  readonly mode: 'dist' | 'dev';
}

export interface LocalPortal {
  readonly url: string;
  readonly mode: 'dist' | 'dev';
  stop(): Promise<void>;
}

/** The runtime config the portal reads at /config.json: here, the local sign-in picker. */
function configJson(options: LocalPortalOptions): string {
  return JSON.stringify({
    apiUrl: options.apiUrl,
    agencyName: options.agencyName,
    auth: {
      kind: 'local',
      accounts: options.users.map((user) => ({
        username: user.username,
        name: user.employee.name,
        roles: user.roles,
        unit: user.employee.unit,
      })),
    },
  });
}

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * A page opened by its address (a navigation, asking for HTML) whose path names no file gets the
 * app, as CloudFront's error responses give it in AWS: also where a segment holds a dot
 * (`/akun/asn.demo`), which sirv and Vite would otherwise take for a missing file.
 */
function pagesFallBackToApp(root: string, app: Handler): Handler {
  return (request, response, next) => {
    const path = decodeURIComponent(request.url?.split('?')[0] ?? '/');
    const navigation = request.headers.accept?.includes('text/html') ?? false;
    if (navigation && extname(path) && !existsSync(join(root, path))) request.url = '/';
    app(request, response, next);
  };
}

/**
 * The portal beside the API: /config.json, and the app itself, either the production build with
 * the same security headers CloudFront sends, or Vite's dev server (live reload) while developing.
 */
export async function startLocalPortal(options: LocalPortalOptions): Promise<LocalPortal> {
  const config = configJson(options);
  let app: Handler = (_request, _response, next) => next();
  let headers: Record<string, string> = {};
  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.url?.split('?')[0] === '/config.json') {
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      return void response.end(config);
    }
    app(request, response, () => {
      response.writeHead(404);
      response.end();
    });
  });
  let closeApp: () => Promise<void> = async () => {};
  if (options.mode === 'dist') {
    if (!existsSync(join(WEB, 'dist', 'index.html'))) {
      throw new Error('web/dist is not built: run npm run build:web first, or start with LOCAL_PORTAL=dev');
    }
    app = pagesFallBackToApp(
      join(WEB, 'dist'),
      sirv(join(WEB, 'dist'), { single: true, etag: true }) as Handler,
    );
    headers = {
      'content-security-policy': contentSecurityPolicy({
        connect: [new URL(options.apiUrl).origin, new URL(options.storageUrl).origin],
        upgradeInsecureRequests: false,
      }),
      'referrer-policy': PORTAL_HEADERS.referrerPolicy,
      'x-frame-options': PORTAL_HEADERS.frameOptions,
      'x-content-type-options': 'nosniff',
    };
  } else {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({
      configFile: join(WEB, 'vite.config.ts'),
      server: { middlewareMode: true, hmr: { server } },
      appType: 'spa',
      logLevel: 'warn',
    });
    app = pagesFallBackToApp(WEB, vite.middlewares as unknown as Handler);
    closeApp = () => vite.close();
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://localhost:${options.port}`,
    mode: options.mode,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeApp();
    },
  };
}
