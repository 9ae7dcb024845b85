import { loadConfig } from '../config.ts';
import { backupDatabase } from '../db/backup.ts';

/** `npm run backup -- FILE`: a consistent copy of the configured database, safe while the service runs. */
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npm run backup -- <file>');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const result = await backupDatabase(config.DATABASE_URL, target);
  console.log(`Backed up ${config.DATABASE_URL} to ${target} (${result.pages} pages, ${result.bytes} bytes).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
