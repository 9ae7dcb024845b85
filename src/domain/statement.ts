/** A readout as clients send it. */
export interface NewStatement {
  readonly party: string;
  readonly issuer: string;
  readonly title?: string | null | undefined;
  /** Stored for reference only; the server never fetches it. */
  readonly sourceUrl?: string | null | undefined;
  readonly publishedAt?: Date | null | undefined;
  readonly retrievedAt?: Date | null | undefined;
  /** BCP 47 tag of `text`. */
  readonly language: string;
  readonly text: string;
  /** The text as published, when `text` is a translation. */
  readonly originalText?: string | null | undefined;
  readonly originalLanguage?: string | null | undefined;
}

export type StatementChanges = Partial<NewStatement>;

/** The fields every revision snapshots. */
export interface StatementContent {
  readonly party: string;
  readonly meetingId: number;
  readonly issuer: string;
  readonly title: string | null;
  readonly sourceUrl: string | null;
  readonly publishedAt: Date | null;
  readonly retrievedAt: Date | null;
  readonly language: string;
  readonly text: string;
  readonly originalText: string | null;
  readonly originalLanguage: string | null;
  /** sha256 (hex) of the UTF-8 text. */
  readonly contentHash: string;
}

export interface Statement extends StatementContent {
  readonly id: number;
  /** 1 for a new statement, +1 per change; the ETag. */
  readonly revision: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const revisionActions = ['created', 'updated', 'deleted'] as const;
export type RevisionAction = (typeof revisionActions)[number];

/** A statement as it stood after one change. */
export interface StatementRevision extends StatementContent {
  readonly statementId: number;
  readonly revision: number;
  readonly action: RevisionAction;
  readonly recordedAt: Date;
  /** The API key that made the change; null for the command line and the demo seed. */
  readonly apiKeyId: number | null;
}
