import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { buildAnalysisContext } from '../../src/domain/analysis/analysis-context.ts';
import { acts, type AnalysisContext } from '../../src/domain/analysis/types.ts';

export const fixturesDir = path.join(__dirname, '..', 'fixtures', 'readouts');
/** Readouts annotated by a second analyst, never used for tuning (see its README). */
export const heldOutDir = path.join(__dirname, '..', 'fixtures', 'readouts-heldout');

const actorKinds = ['self', 'counterpart', 'both', 'third-party', 'unspecified'] as const;

const GoldClaim = z.strictObject({
  topic: z.string(), act: z.enum(acts), actor: z.enum(actorKinds), negated: z.boolean(),
});

const FixtureStatement = z.strictObject({
  party: z.string(), issuer: z.string(), title: z.string().optional(), language: z.string(), text: z.string().min(1),
  gold: z.strictObject({
    sentences: z.array(z.strictObject({ text: z.string().min(1), claims: z.array(GoldClaim) })).min(1),
    atmosphere: z.array(z.string()),
  }),
});

/** One development-set meeting file (see test/fixtures/readouts/README.md). */
export const MeetingFixture = z.strictObject({
  meeting: z.strictObject({
    ref: z.string(), title: z.string(), date: z.string(), location: z.string().nullable().optional(),
    forum: z.string().nullable().optional(), kind: z.string(),
    participants: z.array(z.strictObject({ party: z.string(), person: z.string(), role: z.string().nullable().optional() })),
  }),
  parties: z.array(z.strictObject({ code: z.string(), name: z.string(), aliases: z.array(z.string()), kind: z.string().optional() })),
  statements: z.array(FixtureStatement).min(1),
  expectedComparison: z.record(z.string(), z.union([z.enum(['shared', 'divergent', 'omitted', 'partly-shared']), z.array(z.string())])).optional(),
});
export type MeetingFixture = z.infer<typeof MeetingFixture>;

export interface LoadedFixture {
  readonly file: string;
  readonly fixture: MeetingFixture;
}

/** Every meeting file of the development set, parsed; throws naming the file on a bad one. */
export function loadFixtures(dir: string = fixturesDir): LoadedFixture[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((file) => {
    const parsed = MeetingFixture.safeParse(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { file, fixture: parsed.data };
  });
}

/** The analysis context of one statement of a fixture meeting, as the service builds it. */
export function contextFor(fixture: MeetingFixture, statement: MeetingFixture['statements'][number]): AnalysisContext {
  return buildAnalysisContext({
    language: statement.language, selfCode: statement.party, known: fixture.parties,
    participants: fixture.meeting.participants, meetingPartyCodes: fixture.statements.map((s) => s.party),
  });
}

/** Where each gold sentence starts in the text (searching forward), or -1 when it is not there. */
export function goldSentenceStarts(statement: MeetingFixture['statements'][number]): number[] {
  let from = 0;
  return statement.gold.sentences.map((sentence) => {
    const at = statement.text.indexOf(sentence.text, from);
    if (at !== -1) from = at + sentence.text.length;
    return at;
  });
}
