/**
 * Runs a command and ends it when its parent goes away: the parent holds this process's stdin,
 * so when the parent exits (even killed with SIGKILL, when no clean-up code of its own can run)
 * stdin closes and the command is stopped. Used for DynamoDB Local's Java process.
 *
 * Usage: node child-guard.ts <command> [args...]   (plain Node: type annotations only)
 */
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('child-guard: no command given\n');
  process.exit(2);
}

const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
let stopping = false;

function stop(): void {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 3000).unref();
}

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

child.on('error', (error: Error) => {
  process.stderr.write(`child-guard: ${error.message}\n`);
  process.exit(127);
});
child.on('exit', (code: number | null, signal: string | null) => {
  process.exit(code ?? (signal ? 128 : 1));
});
