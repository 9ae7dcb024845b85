// `npm run soak`: the robustness tests of the suite (crash, concurrency, fuzzing), run
// PARALLAX_SOAK_FACTOR times longer (default 5: 100 SIGKILLs, 500 generated requests per
// operation, 500 concurrent writes), then one table of what they proved. Exit code is
// Jest's: any lost write, 5xx or off-schema answer fails the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const factor = process.env.PARALLAX_SOAK_FACTOR ?? '5';
const figuresFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-soak-')), 'figures.jsonl');
const root = path.join(__dirname, '..', '..');

const run = spawnSync(process.execPath, [
  path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--runInBand',
  'test/server-crash.test.ts', 'test/http/concurrency.test.ts', 'test/http/robustness.test.ts',
], { cwd: root, stdio: 'inherit', env: { ...process.env, PARALLAX_SOAK_FACTOR: factor, PARALLAX_FIGURES_FILE: figuresFile } });

const lines = fs.existsSync(figuresFile) ? fs.readFileSync(figuresFile, 'utf8').trim().split('\n').filter(Boolean) : [];
const records = lines.map((line) => JSON.parse(line) as { suite: string } & Record<string, number | string>);
const fuzz = records.filter((record) => record.suite.startsWith('fuzz'));
const others = records.filter((record) => !record.suite.startsWith('fuzz'));

console.log(`\nSoak figures (factor ${factor}, ${os.cpus().length} cores, Node ${process.version}):`);
for (const { suite, ...figures } of others) console.log(`- ${suite}: ${Object.entries(figures).map(([name, value]) => `${name} ${value}`).join(', ')}`);
if (fuzz.length > 0) {
  const requests = fuzz.reduce((sum, record) => sum + Number(record.requests), 0);
  console.log(`- fuzz (generated requests): ${fuzz.length} operations, ${requests} requests, serverErrors 0`);
}
if (run.status !== 0) console.log('\nThe run FAILED: the figures above cover only the tests that passed.');
process.exit(run.status ?? 1);
