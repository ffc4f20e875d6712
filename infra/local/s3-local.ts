import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** Browser uploads go straight to S3 with a presigned PUT, so the bucket answers CORS. */
function corsConfig(origins: readonly string[]): string {
  const allowed = origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`).join('');
  return (
    '<CORSConfiguration><CORSRule>' +
    `${allowed}<AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod>` +
    '<AllowedHeader>*</AllowedHeader><MaxAgeSeconds>600</MaxAgeSeconds>' +
    '</CORSRule></CORSConfiguration>'
  );
}

export interface LocalS3 {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** s3rver on loopback, its files in a temporary folder removed at stop (every start is fresh). */
export async function startS3(
  port: number,
  buckets: readonly string[],
  origins: readonly string[],
): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), 'layanan-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name, configs: [corsConfig(origins)] })),
  });
  const address: AddressInfo = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
