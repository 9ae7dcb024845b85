import type { NewMeeting } from './meeting.ts';
import type { NewParty } from './party.ts';
import type { NewStatement } from './statement.ts';

/** A meeting in an import: `ref` is required, since it is how a re-import finds the meeting. */
export interface ImportMeeting extends NewMeeting {
  readonly ref: string;
  readonly statements: readonly NewStatement[];
}

/** What `POST /v1/import` takes: parties first, then meetings with their statements. */
export interface ImportBundle {
  readonly parties: readonly NewParty[];
  readonly meetings: readonly ImportMeeting[];
}

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** What an import did, per kind of record. */
export interface ImportResult {
  readonly parties: ImportCounts;
  readonly meetings: ImportCounts;
  readonly statements: ImportCounts;
}
