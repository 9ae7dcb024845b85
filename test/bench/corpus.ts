import { loadFixtures } from '../eval/load-fixtures.ts';
import type { ImportBundle, ImportMeeting } from '../../src/domain/import-bundle.ts';
import type { NewParty } from '../../src/domain/party.ts';

/** mulberry32: a small seeded PRNG, so every run stores the same meetings and texts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** English sentences of the development set's readouts: realistic prose with topics, acts and actors. */
const sentenceBank: readonly string[] = loadFixtures()
  .flatMap(({ fixture }) => fixture.statements.filter((s) => s.language === 'en'))
  .flatMap((statement) => statement.gold.sentences.map((sentence) => sentence.text))
  .filter((sentence) => sentence.split(/\s+/u).length >= 6);

export const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A readout of at least `words` words: bank sentences picked by `random`, four to a paragraph. */
export function readoutText(random: () => number, words: number): string {
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = sentenceBank[Math.floor(random() * sentenceBank.length)] ?? 'The two sides discussed trade.';
    sentences.push(sentence);
    count += wordCount(sentence);
    if (sentences.length === 4) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}

export const benchParties: NewParty[] = [
  { code: 'CHN', name: 'China', aliases: ['Beijing', 'PRC'], kind: 'state' },
  { code: 'KOR', name: 'South Korea', aliases: ['Seoul', 'ROK'], kind: 'state' },
  { code: 'USA', name: 'United States', aliases: ['Washington'], kind: 'state' },
  { code: 'JPN', name: 'Japan', aliases: ['Tokyo'], kind: 'state' },
];

/** `count` two-party meetings with one readout per side of about `words` words; refs start with `prefix`. */
export function meetingBundle(random: () => number, options: { prefix: string; count: number; words: number; firstDay?: number }): ImportBundle {
  const meetings: ImportMeeting[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const pair = [benchParties[i % 4], benchParties[(i + 1 + (i % 3)) % 4]];
    const [a, b] = pair[0]?.code === pair[1]?.code ? [benchParties[0], benchParties[1]] : pair;
    if (!a || !b) continue;
    const day = (options.firstDay ?? 0) + i;
    meetings.push({
      ref: `${options.prefix}-${i}`, title: `${a.name} and ${b.name}: talks ${options.prefix} ${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + day * 86_400_000), kind: 'bilateral-meeting', forum: i % 5 === 0 ? 'G20' : null,
      participants: [{ party: a.code, person: `Minister ${a.code}` }, { party: b.code, person: `Minister ${b.code}` }], tags: ['bench'],
      statements: [a, b].map((party) => ({
        party: party.code, issuer: 'Ministry of Foreign Affairs', language: 'en', title: `Readout ${options.prefix} ${i} ${party.code}`,
        text: readoutText(random, options.words),
      })),
    });
  }
  return { parties: benchParties, meetings };
}
