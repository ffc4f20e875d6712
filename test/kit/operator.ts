import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { RESOURCE_ENV } from '#kernel/resources';
import { type RunningStack, type StackInfo, startStack } from './local-stack';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Runs an operator's command (`npm run <script> -- args`) against a local stack, and collects
 * its exit code and output. Resource names from the caller's shell are dropped: they would aim
 * the command at an AWS deployment instead.
 */
export function runScript(script: string, args: readonly string[], stack: StackInfo) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_ENDPOINT_URL_DYNAMODB: stack.urls.dynamodb,
    AWS_ENDPOINT_URL_S3: stack.urls.s3,
    AWS_ENDPOINT_URL_SFN: stack.urls.stepFunctions,
  };
  for (const name of [RESOURCE_ENV.table, RESOURCE_ENV.uploads, RESOURCE_ENV.archive, RESOURCE_ENV.workflow])
    delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => resolve({ code, stdout, stderr })),
  );
}

/**
 * Runs `use` with two stacks of their own, a seeded one to back up and an empty one
 * (LOCAL_SEED=none) to restore into, and a scratch folder; however it ends, both stacks stop
 * (cleanly, the test expects) and the folder goes.
 */
export async function withSourceAndEmptyTarget(
  use: (stacks: { source: RunningStack; target: RunningStack; work: string }) => Promise<void>,
): Promise<void> {
  const starting = [startStack(), startStack({ LOCAL_SEED: 'none' })] as const;
  const [source, target] = await Promise.all(starting).catch(async (error: unknown) => {
    await Promise.allSettled(starting.map(async (stack) => (await stack).stop()));
    throw error;
  });
  const work = mkdtempSync(join(tmpdir(), 'layanan-restore-'));
  try {
    await use({ source, target, work });
  } finally {
    const codes = await Promise.all([source.stop(), target.stop()]);
    rmSync(work, { recursive: true, force: true });
    expect(codes).toEqual([0, 0]);
  }
}
