import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface StackUrls {
  readonly api: string;
  readonly stepFunctions: string;
  readonly dynamodb: string;
  readonly s3: string;
  readonly ses: string;
  readonly portal?: string;
}

export interface StackInfo {
  readonly urls: StackUrls;
  readonly stateMachineArn: string;
  readonly tableName: string;
}

export interface RunningStack extends StackInfo {
  readonly process: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends SIGINT and waits for the exit code. */
  stop(): Promise<number | null>;
}

/** Resolves with the exit code (or null after a signal) once the process has exited. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Starts the local stack exactly as `npm start` does, in its own process, on free ports.
 * Resolves once it reports ready; rejects with its output if it exits first.
 */
export function startStack(env: NodeJS.ProcessEnv = {}): Promise<RunningStack> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      SFN_PORT: '0',
      DYNAMODB_PORT: '0',
      S3_PORT: '0',
      SES_PORT: '0',
      PORTAL_PORT: '0',
      // The integration tests need no portal; the end-to-end tests ask for the built one.
      LOCAL_PORTAL: 'none',
      LOCAL_STACK_JSON: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /^LOCAL_STACK_READY (.+)$/m.exec(output);
      if (!ready?.[1]) return;
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (more: Buffer) => {
        output += more.toString();
      });
      const info = JSON.parse(ready[1]) as StackInfo;
      resolve({
        ...info,
        process: child,
        output: () => output,
        stop: async () => {
          child.kill('SIGINT');
          return exited(child);
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`the local stack exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
