import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

export interface CliResult {
  readonly code: number | null;
  /** Standard output as text, and as bytes for binary output (PDF). */
  readonly stdout: string;
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

/** Runs a command-line entry of src/cli (as `npm run <name>` would) on the database at `databaseUrl`. */
export function runCli(script: 'keys' | 'report' | 'import', args: readonly string[], databaseUrl: string): Promise<CliResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli', `${script}.ts`), ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve) => child.on('exit', (code) => {
    const bytes = Buffer.concat(stdout);
    resolve({ code, stdout: bytes.toString(), stdoutBytes: bytes, stderr });
  }));
}

/** Waits until `check` holds, polling; the deadline only bounds a failing test, nothing is timed. */
export async function eventually(check: () => Promise<boolean>, deadlineMs = 10_000): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
