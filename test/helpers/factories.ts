import type { AppServices } from '../../src/services/create-services.ts';
import type { NewMeeting } from '../../src/domain/meeting.ts';
import type { NewParty } from '../../src/domain/party.ts';
import type { NewStatement } from '../../src/domain/statement.ts';

let sequence = 0;
const next = () => (sequence += 1);

/** Test data through the real services; each call makes rows no other test shares. */
export function factories(services: AppServices) {
  return {
    async makeParty(overrides: Partial<NewParty> = {}) {
      const n = next();
      return services.parties.create({ code: `P${n}X`, name: `Party ${n}`, aliases: [], kind: 'state', ...overrides });
    },
    async makeMeeting(overrides: Partial<NewMeeting> = {}) {
      return services.meetings.create({
        title: `Meeting ${next()}`, date: new Date('2024-01-15T00:00:00Z'), kind: 'bilateral-meeting',
        participants: [], tags: [], ...overrides,
      });
    },
    async makeStatement(meetingId: number, overrides: Partial<NewStatement> & { party: string }) {
      return services.statements.add(meetingId, {
        issuer: 'Ministry of Foreign Affairs', language: 'en',
        text: `The two sides held talks on trade ${next()}.`, ...overrides,
      });
    },
  };
}
