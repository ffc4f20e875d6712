import type { AddressInfo } from 'node:net';
import sesModule from 'aws-ses-v2-local';

// A CommonJS module with `exports.default`: Node's ESM loader hands over `module.exports` whole.
const sesLocal = (sesModule as unknown as { default?: typeof sesModule }).default ?? sesModule;

export interface LocalSes {
  /** SES API endpoint; its root page lists the mail sent, `GET /store` returns it as JSON. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

export async function startSes(port: number): Promise<LocalSes> {
  const server = await sesLocal({ host: '127.0.0.1', port });
  const { port: bound } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${bound}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
