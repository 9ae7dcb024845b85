/** Kinds of party a readout can come from. */
export const partyKinds = ['state', 'bloc', 'organisation'] as const;
export type PartyKind = (typeof partyKinds)[number];

/** A party as clients send it. `code` is upper-case, e.g. ISO 3166-1 alpha-3 "CHN", or "EU". */
export interface NewParty {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind?: PartyKind | null | undefined;
}

export type PartyChanges = Partial<Omit<NewParty, 'code'>>;

export interface Party {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: PartyKind | null;
  /** Incremented by every change; the ETag. */
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}
