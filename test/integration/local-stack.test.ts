import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiClient } from '#kit/api';
import { eventually } from '#kit/eventually';
import { requestAwaitingVerification } from '#kit/fixtures';
import { exited, startStack } from '#kit/local-stack';
import { decide, type Published } from '#kit/workflow';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every process below `pid`, found through /proc’s parent links (ps). */
function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [child, ppid] of table) {
      if (ppid === parent && child !== undefined) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function javaOf(pid: number): number {
  const java = descendants(pid).find(
    (child) =>
      execFileSync('ps', ['-o', 'comm=', '-p', String(child)], { encoding: 'utf8' }).trim() === 'java',
  );
  if (!java) throw new Error('no DynamoDB Local process under the stack');
  return java;
}

describe('the local stack as a process (npm start)', () => {
  it('runs beside another stack on other ports, and stops on Ctrl-C leaving no child process', async () => {
    const stack = await startStack();
    const health = await fetch(`${stack.urls.api}/health`);
    expect(health.status).toBe(200);
    const pid = stack.process.pid ?? 0;
    const children = descendants(pid);
    expect(children.length).toBeGreaterThanOrEqual(2);

    expect(await stack.stop()).toBe(0);
    // A helper child (tsx's esbuild service) ends when its pipe to the exited parent closes, a
    // moment after the parent itself: wait for that, boundedly, rather than race it.
    const left = await eventually(
      async () => children.filter(alive),
      (running) => running.length === 0,
      5_000,
    );
    expect(left).toEqual([]);
  });

  it('stops everything, and says why, when DynamoDB Local crashes', async () => {
    const stack = await startStack();
    const pid = stack.process.pid ?? 0;
    const children = descendants(pid);
    process.kill(javaOf(pid), 'SIGKILL');
    expect(await exited(stack.process)).toBe(1);
    expect(stack.output()).toMatch(/DynamoDB Local stopped by itself/);
    await eventually(
      async () => children.filter(alive),
      (left) => left.length === 0,
    );
  });

  it('takes DynamoDB Local down with it even when killed outright', async () => {
    const stack = await startStack();
    const pid = stack.process.pid ?? 0;
    const java = javaOf(pid);
    const children = descendants(pid);
    stack.process.kill('SIGKILL');
    await exited(stack.process);
    await eventually(
      async () => alive(java),
      (running) => !running,
      15_000,
    );
    await eventually(
      async () => children.filter(alive),
      (left) => left.length === 0,
      15_000,
    );
  });

  it('runs deadlines faster with LOCAL_TIME_SCALE: a deficiency window lapses without touching the clock', async () => {
    // A stack of its own, fresh: Siti is due for her raise and has no open request there.
    const applicant = 'asn.lain';
    // ×200 000: a working day passes in under half a second, the five-day window in a few.
    const stack = await startStack({ LOCAL_TIME_SCALE: '200000' });
    try {
      const api = apiClient(stack.urls.api);
      const { id } = await requestAwaitingVerification(api, applicant);
      await decide(api, id, 'VERIFICATION', 'DEFICIENT', {
        deficiencies: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Pindaian tidak terbaca' }],
      });
      const rejected = await eventually(
        async () => (await api.get<Published>(`/requests/${id}`, { as: applicant })).body,
        (request) => request.status === 'REJECTED',
        30_000,
      );
      expect(rejected.rejection).toMatchObject({ automatic: true });
    } finally {
      expect(await stack.stop()).toBe(0);
    }
  });

  it('prints one clear line on how to install Java when there is none', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PATH: join(ROOT, 'node_modules', '.bin'),
        PORT: '0',
        SFN_PORT: '0',
        DYNAMODB_PORT: '0',
        S3_PORT: '0',
        SES_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    expect(await exited(child)).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Java 17 or newer.*apt-get install -y openjdk-17-jre-headless/);
  });
});
