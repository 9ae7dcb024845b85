import { findSearchMatches, searchStatementIds, toFtsQuery } from '../../src/db/statement-search.ts';
import { factories } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

describe('statement search', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let party: string;
  let meetingId: number;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.services);
    party = (await make.makeParty()).code;
    meetingId = (await make.makeMeeting()).id;
  });

  afterAll(async () => {
    await t.close();
  });

  const add = async (text: string, language = 'en', title?: string) => (await make.makeStatement(meetingId, { party, text, language, title })).id;
  const search = (query: string) => searchStatementIds(t.db.reader, query);

  it.each([
    { query: '', expected: null },
    { query: ' \u0000 ', expected: null },
    // quotes and FTS5 operators become parts of a quoted phrase, never syntax
    { query: 'chips" OR NEAR(', expected: '"chips""" "OR" "NEAR("' },
  ])('toFtsQuery("$query")', ({ query, expected }) => {
    expect(toFtsQuery(query)).toBe(expected);
  });

  it.each([
    // stemmed: the plural finds the singular
    { text: 'Cooperation on the semiconductor industry was discussed.', language: 'en', query: 'semiconductors' },
    // a Han word inside a run of Han: unicode61 keeps the run as one token
    { text: '双方同意加强半导体产业链供应链合作。', language: 'zh', query: '半导体' },
    // Korean particle attached to the word
    { text: '양측은 반도체를 포함한 공급망 협력을 강화하기로 했다.', language: 'ko', query: '반도체' },
    // Japanese, a two-character word: shorter than a trigram
    { text: '両国は半導体の供給網について協議した。', language: 'ja', query: '協議' },
    // trailing punctuation in the query is not part of the word
    { text: '中方重视稳定产业链供应链合作关系。', language: 'zh', query: '供应链。' },
    // an English word and a Chinese word: both must occur
    { text: 'APEC 会议期间双方讨论了出口管制问题。', language: 'zh', query: 'APEC 出口管制' },
  ])('when a $language statement reads "$text", "$query" finds it', async ({ text, language, query }) => {
    const id = await add(text, language);

    expect(await search(query)).toContain(id);
  });

  it('when a word occurs in one statement only, the other is not found', async () => {
    const chips = await add('稀土出口管制问题。', 'zh');
    const other = await add('渔业合作问题。', 'zh');

    const found = await search('稀土');

    expect(found).toContain(chips);
    expect(found).not.toContain(other);
  });

  it('when a statement is deleted or edited, both indexes follow', async () => {
    const deleted = await add('删除之后不应再出现的句子。', 'zh');
    const edited = await add('旧的措辞已被替换。', 'zh');

    await t.services.statements.remove(deleted);
    await t.services.statements.update(edited, { text: '新的措辞取而代之。' });

    expect(await search('删除之后')).toEqual([]);
    expect(await search('旧的措辞')).toEqual([]);
    expect(await search('新的措辞')).toEqual([edited]);
  });

  it('when matches are highlighted, marks the words in the title and an excerpt of the text', async () => {
    const id = await add('Ministers met. The two sides agreed to strengthen semiconductor supply chains.', 'en', 'Talks on semiconductors');

    const match = (await findSearchMatches(t.db.reader, 'semiconductor', [id])).get(id);

    expect(match?.title).toEqual([{ text: 'Talks on ', match: false }, { text: 'semiconductors', match: true }]);
    expect(match?.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['semiconductor']);
  });

  it.each([
    { query: '半导体产业', marked: '半导体产业' },
    { query: '产业', marked: '产业' },
  ])('when the CJK query "$query" is highlighted, marks exactly the substring', async ({ query, marked }) => {
    const id = await add('中方愿同韩方深化半导体产业合作。', 'zh');

    const match = (await findSearchMatches(t.db.reader, query, [id])).get(id);

    expect(match?.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([marked]);
    expect(match?.snippet.map((segment) => segment.text).join('')).toContain('中方愿同韩方深化');
  });
});
