import type { Logger } from 'pino';

/** A piece of background work that runs until it has nothing left to do. */
export interface BackgroundJob {
  /** Starts a pass, or asks the running one to go round once more. */
  schedule(): void;
  /** Resolves when no pass is running. */
  drain(): Promise<void>;
  /** Lets the current step finish, then stops for good. */
  stop(): Promise<void>;
  /** Whether stop() was called; passes check it between steps. */
  isStopped(): boolean;
}

/**
 * Runs `pass` in the background, one pass at a time. A schedule() while a pass runs
 * makes it run once more afterwards, so no change that arrives mid-pass is missed.
 */
export function createBackgroundJob(name: string, pass: () => Promise<void>, logger?: Logger): BackgroundJob {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const job: BackgroundJob = {
    schedule() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          await pass();
        } while (again && !stopped);
      })()
        .catch((error: unknown) => logger?.error({ err: error }, `${name} stopped`))
        .finally(() => { running = undefined; });
    },
    async drain() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      await job.drain();
    },
    isStopped: () => stopped,
  };
  return job;
}
