import { validateTaxonomy } from '../../../src/domain/analysis/validate-taxonomy.ts';
import type { Taxonomy, Topic } from '../../../src/domain/analysis/types.ts';
import { AppError } from '../../../src/domain/errors.ts';
import { testTaxonomy } from './analysis-fixtures.ts';

function issuesOf(taxonomy: Taxonomy): { pointer: string; detail: string }[] {
  try {
    validateTaxonomy(taxonomy);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('invalid-taxonomy');
    return error.fields.map(({ pointer, detail }) => ({ pointer, detail }));
  }
}

const topic = (id: string, extra: Partial<Topic> = {}): Topic => ({ id, label: id, terms: { en: [id] }, ...extra });

describe('validateTaxonomy', () => {
  it('when the taxonomy is sound, accepts it', () => {
    expect(issuesOf(testTaxonomy)).toEqual([]);
  });

  it.each([
    ['a duplicate id', [topic('a'), topic('a')], '#/topics/1/id', "must be unique, got 'a'"],
    ['an id that is not kebab-case', [topic('Not Kebab')], '#/topics/0/id', 'must be kebab-case (e.g. critical-minerals), got "Not Kebab"'],
    ['a trailing hyphen', [topic('trade-')], '#/topics/0/id', 'must be kebab-case'],
    ['a missing parent', [topic('a', { parent: 'z' })], '#/topics/0/parent', "must name a topic of this taxonomy, got 'z'"],
    ['a topic that is its own parent', [topic('a', { parent: 'a' })], '#/topics/0/parent', 'got a cycle through it'],
    ['a two-topic cycle', [topic('a', { parent: 'b' }), topic('b', { parent: 'a' })], '#/topics/0/parent', "must not lead back to 'a'"],
    ['no terms at all', [topic('a', { terms: {} })], '#/topics/0/terms', 'must hold at least one term, got none'],
    // a blank term would match nothing and hide a typo
    ['a blank term', [topic('a', { terms: { en: ['a', '  '] } })], '#/topics/0/terms/en/1', 'must be a non-blank term'],
    // "---" has no word to match on
    ['a term without a word', [topic('a', { terms: { en: ['a'], zh: ['---'] } })], '#/topics/0/terms/zh/0', "must contain a letter or digit, got '---'"],
    ['a language the matcher does not know', [topic('a', { terms: { en: ['a'], fr: ['b'] } as Topic['terms'] })], '#/topics/0/terms/fr', 'must be one of en, zh, ko, ja'],
    ['a blank exclude', [topic('a', { excludes: [' '] })], '#/topics/0/excludes/0', 'must contain a letter or digit'],
  ])('when the taxonomy has %s, fails with invalid-taxonomy naming it', (_name, topics, pointer, detail) => {
    const issues = issuesOf({ version: 1, topics });

    expect(issues).toContainEqual({ pointer, detail: expect.stringContaining(detail) });
  });

  it('when the version is not a non-negative integer, names #/version', () => {
    expect(issuesOf({ version: 1.5, topics: [topic('a')] })).toEqual([{ pointer: '#/version', detail: 'must be a non-negative integer, got 1.5' }]);
  });

  it('when a parent is null (as stored), treats the topic as a root', () => {
    expect(issuesOf({ version: 1, topics: [topic('a', { parent: null as unknown as undefined })] })).toEqual([]);
  });

  it('when there are several problems, lists every one with the count in the message', () => {
    const taxonomy = { version: 1, topics: [topic('a', { parent: 'z' }), topic('a', { terms: {} })] };

    expect(() => validateTaxonomy(taxonomy)).toThrow('taxonomy must be valid, got 3 problems');
  });
});
