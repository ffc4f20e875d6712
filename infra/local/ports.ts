import { createServer } from 'node:net';
import { LocalStackError } from './dynamodb-local';

/** Every port of the local stack: its default and the variable that changes it. */
export const LOCAL_PORTS = {
  api: { env: 'PORT', default: 3000 },
  stepFunctions: { env: 'SFN_PORT', default: 8083 },
  dynamodb: { env: 'DYNAMODB_PORT', default: 8000 },
  s3: { env: 'S3_PORT', default: 4569 },
  ses: { env: 'SES_PORT', default: 8005 },
  portal: { env: 'PORTAL_PORT', default: 5173 },
} as const;

export type PortName = keyof typeof LOCAL_PORTS;
export type Ports = Record<PortName, number>;

/** Ports from the environment, defaults otherwise; 0 asks for any free port. */
export function portsFromEnv(env: NodeJS.ProcessEnv): Ports {
  const entries = Object.entries(LOCAL_PORTS).map(([name, port]) => {
    const raw = env[port.env];
    const value = raw === undefined || raw === '' ? port.default : Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65_535) {
      throw new LocalStackError(`${port.env}=${raw} is not a port number`);
    }
    return [name, value];
  });
  return Object.fromEntries(entries) as Ports;
}

/** Binds each port for a moment: a free one is reserved by number (0 becomes a free port), a taken one is reported. */
export async function claimPorts(ports: Ports): Promise<Ports> {
  const claimed: Partial<Ports> = {};
  for (const [name, port] of Object.entries(ports) as Array<[PortName, number]>) {
    claimed[name] = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', () =>
        reject(
          new LocalStackError(
            `Port ${port} (${LOCAL_PORTS[name].env}) is in use. Stop what uses it, or set ${LOCAL_PORTS[name].env} to another port.`,
          ),
        ),
      );
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        const bound = typeof address === 'object' && address ? address.port : port;
        probe.close(() => resolve(bound));
      });
    });
  }
  return claimed as Ports;
}
