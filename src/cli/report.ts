import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../domain/errors.ts';
import { paperSizes, reportFormats, type PaperSize, type ReportFormat } from '../domain/report/report-model.ts';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/create-db.ts';
import { migrateDatabase } from '../db/migrate-database.ts';
import { createServices } from '../services/create-services.ts';

const usage = `usage: npm run report -- --meeting ID [--format ${reportFormats.join('|')}] [--paper ${paperSizes.join('|')}] [--out FILE]
  Writes the comparison report of a meeting to FILE, or to standard output without --out.`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

/** `npm run report`: the same report `GET /v1/meetings/{id}/report` gives, for analysts who script. */
async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        meeting: { type: 'string' }, format: { type: 'string', default: 'md' }, paper: { type: 'string', default: 'a4' }, out: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const meetingId = Number(values.meeting);
  if (!values.meeting || !/^[1-9][0-9]{0,14}$/u.test(values.meeting)) fail(`--meeting must be a meeting id (a positive whole number), got ${values.meeting ?? 'nothing'}\n${usage}`);
  const format = reportFormats.find((candidate) => candidate === values.format);
  if (!format) fail(`--format must be one of ${reportFormats.join(', ')}, got ${values.format}\n${usage}`);
  const paper = paperSizes.find((candidate) => candidate === values.paper);
  if (!paper) fail(`--paper must be one of ${paperSizes.join(', ')}, got ${values.paper}\n${usage}`);
  // A PDF on a terminal is noise and can upset it; ask for a file instead.
  if (format === 'pdf' && !values.out && process.stdout.isTTY) fail(`a PDF is binary: add --out FILE or redirect standard output\n${usage}`);

  const config = loadConfig(process.env);
  await migrateDatabase(config.DATABASE_URL);
  const db = await createDb(config.DATABASE_URL, { busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS, poolSize: 2 });
  try {
    const bytes = await render(createServices({ db, now: () => new Date() }), meetingId, format, paper);
    if (values.out) {
      fs.writeFileSync(values.out, bytes);
      console.error(`Wrote the ${format} report of meeting ${meetingId} to ${values.out} (${bytes.length} bytes).`);
    } else {
      await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
    }
  } finally {
    await db.close();
  }
}

async function render(services: ReturnType<typeof createServices>, meetingId: number, format: ReportFormat, paper: PaperSize): Promise<Buffer> {
  const rendered = await services.reports.meeting(meetingId, format, { paper });
  if (!('document' in rendered)) return Buffer.from(`${JSON.stringify(rendered.model, null, 2)}\n`, 'utf8');
  return typeof rendered.document === 'string' ? Buffer.from(rendered.document, 'utf8') : rendered.document;
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError || error instanceof Error ? error.message : error);
  process.exit(1);
});
