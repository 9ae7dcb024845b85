import { z } from 'zod';
import { partyKinds, type NewParty, type Party, type PartyChanges } from '../../domain/party.ts';
import { iso, Label, PartyCode } from './common.ts';

const partyFields = {
  name: Label(200).meta({ example: 'China' }),
  aliases: z.array(Label(200)).max(50).default([]).meta({ example: ['PRC', 'Beijing', 'Chinese'] }),
  kind: z.enum(partyKinds).nullable().optional(),
};

export const NewPartyBody = z.strictObject({ code: PartyCode, ...partyFields })
  .meta({ id: 'NewParty' }) satisfies z.ZodType<NewParty, unknown>;

export const PartyChangesBody = z.strictObject({
  name: partyFields.name.optional(),
  aliases: z.array(Label(200)).max(50).optional(),
  kind: partyFields.kind,
}).meta({ id: 'PartyChanges' }) satisfies z.ZodType<PartyChanges, unknown>;

export const PartyCodeParams = z.object({ code: PartyCode });

export const PartyView = z.object({
  code: z.string(), name: z.string(), aliases: z.array(z.string()), kind: z.enum(partyKinds).nullable(),
  version: z.number().int(), createdAt: z.string(), updatedAt: z.string(),
}).meta({ id: 'Party' });

export function toPartyView(party: Party): z.infer<typeof PartyView> {
  return { ...party, aliases: [...party.aliases], createdAt: iso(party.createdAt), updatedAt: iso(party.updatedAt) };
}
