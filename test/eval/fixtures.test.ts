import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { meetingKinds } from '../../src/domain/meeting.ts';
import { partyKinds } from '../../src/domain/party.ts';
import { goldSentenceStarts, heldOutDir, loadFixtures, type MeetingFixture } from './load-fixtures.ts';

// Loading already checks the shape (zod: acts, actor kinds, required fields); these are
// the cross-references a schema cannot see, so a typo in the evaluation sets fails here.
const fixtures = loadFixtures();
const heldOut = loadFixtures(heldOutDir);
const topicIds: ReadonlySet<string> = new Set(defaultTaxonomy.topics.map((topic) => topic.id));
const kinds: ReadonlySet<string> = new Set(meetingKinds);
const kindsOfParty: ReadonlySet<string> = new Set(partyKinds);
const withoutSpace = (text: string) => text.replace(/\s+/gu, '');

/** Every inconsistency of one meeting file, as readable lines; empty when it is sound. */
function problemsOf(file: string, fixture: MeetingFixture): string[] {
  const problems: string[] = [];
  const parties = new Set(fixture.parties.map((party) => party.code));
  if (`${fixture.meeting.ref}.json` !== file) problems.push(`ref must be the file name, got '${fixture.meeting.ref}'`);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(fixture.meeting.date)) problems.push(`date must be YYYY-MM-DD, got '${fixture.meeting.date}'`);
  if (!kinds.has(fixture.meeting.kind)) problems.push(`meeting kind must be one of ${meetingKinds.join(', ')}, got '${fixture.meeting.kind}'`);
  for (const party of fixture.parties) {
    if (party.kind !== undefined && !kindsOfParty.has(party.kind)) problems.push(`party ${party.code}: kind must be one of ${partyKinds.join(', ')}, got '${party.kind}'`);
  }
  for (const participant of fixture.meeting.participants) {
    if (!parties.has(participant.party)) problems.push(`participant ${participant.person}: party '${participant.party}' is not among the parties`);
  }
  fixture.statements.forEach((statement, s) => {
    const at = `statement ${s} (${statement.party})`;
    if (!parties.has(statement.party)) problems.push(`${at}: party '${statement.party}' is not among the parties`);
    if (!/^(en|zh|ko|ja)(-[A-Za-z0-9]+)*$/u.test(statement.language)) problems.push(`${at}: language must be an en, zh, ko or ja tag, got '${statement.language}'`);
    goldSentenceStarts(statement).forEach((start, index) => {
      if (start === -1) problems.push(`${at}: gold sentence ${index} does not occur in the text (in order): '${statement.gold.sentences[index]?.text ?? ''}'`);
    });
    if (withoutSpace(statement.gold.sentences.map((sentence) => sentence.text).join('')) !== withoutSpace(statement.text)) {
      problems.push(`${at}: gold sentences must cover the whole text, in order`);
    }
    statement.gold.sentences.forEach((sentence, index) => {
      const seen = new Set<string>();
      for (const claim of sentence.claims) {
        if (!topicIds.has(claim.topic)) problems.push(`${at}, sentence ${index}: topic '${claim.topic}' is not in the default taxonomy`);
        if (seen.has(claim.topic)) problems.push(`${at}, sentence ${index}: topic '${claim.topic}' is listed twice`);
        seen.add(claim.topic);
      }
    });
    for (const descriptor of statement.gold.atmosphere) {
      if (descriptor !== descriptor.toLowerCase()) problems.push(`${at}: atmosphere descriptors must be lower-case, got '${descriptor}'`);
    }
  });
  const { unconfirmedJointClaims, ...statuses } = fixture.expectedComparison ?? {};
  for (const topic of [...Object.keys(statuses), ...(Array.isArray(unconfirmedJointClaims) ? unconfirmedJointClaims : [])]) {
    if (!topicIds.has(topic)) problems.push(`expectedComparison: topic '${topic}' is not in the default taxonomy`);
  }
  return problems;
}

describe('development set', () => {
  it('when counted, holds at least 30 readouts: English, 3+ Chinese, 3+ Korean and some Japanese', () => {
    const statements = fixtures.flatMap(({ fixture }) => fixture.statements);
    const count = (language: string) => statements.filter((statement) => statement.language.startsWith(language)).length;

    expect(statements.length).toBeGreaterThanOrEqual(30);
    expect({ en: count('en') > 0, zh: count('zh') >= 3, ko: count('ko') >= 3, ja: count('ja') >= 1 })
      .toEqual({ en: true, zh: true, ko: true, ja: true });
  });
});

describe('evaluation set files', () => {
  it.each([...fixtures, ...heldOut].map(({ file, fixture }) => [file, fixture] as const))('%s: parties, gold sentences and topics are consistent', (file, fixture) => {
    const problems = problemsOf(file, fixture);

    expect(problems).toEqual([]);
  });
});
