import type { Db, DbSettings } from '../db/create-db.ts';
import { createImportService, type ImportService } from './import-service.ts';
import { createMeetingService, type MeetingService } from './meeting-service.ts';
import { createPartyService, type PartyService } from './party-service.ts';
import { createStatementService, type StatementService } from './statement-service.ts';

export interface HealthService {
  check(): Promise<{ database: DbSettings & { reachable: boolean } }>;
}

/** Everything the HTTP, web and CLI shells call. */
export interface AppServices {
  readonly parties: PartyService;
  readonly meetings: MeetingService;
  readonly statements: StatementService;
  readonly imports: ImportService;
  readonly health: HealthService;
}

export interface ServiceDeps {
  readonly db: Db;
  readonly now: () => Date;
}

export function createServices(deps: ServiceDeps): AppServices {
  return {
    parties: createPartyService(deps),
    meetings: createMeetingService(deps),
    statements: createStatementService(deps),
    imports: createImportService(deps),
    health: {
      async check() {
        const settings = await deps.db.settings();
        await deps.db.reader.$queryRawUnsafe('SELECT 1');
        return { database: { ...settings, reachable: true } };
      },
    },
  };
}
