import type { AnalysisContext, PartyProfile } from './types.ts';

/** What the store knows about a party, for actor resolution. */
export interface KnownParty {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * The context a statement is analysed in: the issuing party and every other party of
 * the meeting (participants and parties with readouts), each with the names of the
 * people who spoke for it there. Parties not in `known` get their code as name.
 */
export function buildAnalysisContext(input: {
  readonly language: string;
  readonly selfCode: string;
  readonly known: readonly KnownParty[];
  readonly participants: readonly { readonly party: string; readonly person: string }[];
  readonly meetingPartyCodes: readonly string[];
}): AnalysisContext {
  const byCode = new Map(input.known.map((party) => [party.code, party]));
  const profile = (code: string): PartyProfile => {
    const party = byCode.get(code);
    return {
      code,
      name: party?.name ?? code,
      aliases: party?.aliases ?? [],
      people: [...new Set(input.participants.filter((p) => p.party === code).map((p) => p.person))],
    };
  };
  const otherCodes = [...new Set([...input.participants.map((p) => p.party), ...input.meetingPartyCodes])]
    .filter((code) => code !== input.selfCode)
    .sort();
  return { language: input.language, self: profile(input.selfCode), others: otherCodes.map(profile) };
}
