import type { Db } from '../create-db.ts';
import type { ImportService } from '../../services/import-service.ts';
import { demoBundle } from './demo-bundle.ts';

/** Loads the demo meeting when the database holds no meeting at all; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, imports: ImportService): Promise<boolean> {
  const meetings = await db.reader.meeting.count();
  if (meetings > 0) return false;
  await imports.run(demoBundle);
  return true;
}
