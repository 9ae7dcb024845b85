import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const root = path.join(__dirname, '..', '..');

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly exited: Promise<number | null>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `src/server.ts` as `npm start` would, on `env.DATABASE_URL` and a free port; resolves once it listens. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
    cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: 'false', ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      let entry: { port?: number; level?: number };
      try { entry = JSON.parse(line) as { port?: number; level?: number }; } catch { return; }
      // Errors of the server reach the test output, so a 500 can be diagnosed.
      if ((entry.level ?? 0) >= 50) process.stderr.write(`${line}\n`);
      if (entry.port) {
        resolve({ child, port: entry.port, exited, stop: () => { child.kill('SIGTERM'); return exited; } });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
}
