import type { Span } from '../text/span.ts';
import { compileSubstringIndex } from '../text/substring-index.ts';
import type { Actor, AnalysisContext, PartyProfile } from './types.ts';

/**
 * States and organisations readouts often name, with English and CJK names. A meeting
 * party with one of these codes is also known by these names; the others are third parties.
 * Taiwan is left out: readouts name it as a topic, almost never as an actor.
 */
const wellKnownParties: readonly (readonly [code: string, names: readonly string[]])[] = [
  ['USA', ['United States', 'United States of America', 'U.S.', 'US', 'USA', 'America', 'Washington', 'American', '美国', '美方', '미국', '米国', 'アメリカ']],
  ['CHN', ['China', "People's Republic of China", 'PRC', 'Beijing', 'Chinese', '中国', '中方', '중국', '中国側']],
  ['JPN', ['Japan', 'Tokyo', 'Japanese', '日本', '日方', '일본', '日本側']],
  ['KOR', ['South Korea', 'Republic of Korea', 'ROK', 'Korea', 'Seoul', 'Korean', 'South Korean', '韩国', '韩方', '한국', '대한민국', '韓国', '韓国側']],
  ['PRK', ['North Korea', 'DPRK', 'Pyongyang', 'North Korean', '朝鲜', '朝方', '북한', '北朝鮮']],
  ['RUS', ['Russia', 'Moscow', 'Russian', 'Kremlin', '俄罗斯', '俄方', '러시아', 'ロシア']],
  ['UKR', ['Ukraine', 'Kyiv', 'Ukrainian', '乌克兰', '우크라이나', 'ウクライナ']],
  ['IND', ['India', 'New Delhi', 'Indian', '印度', '인도', 'インド']],
  ['GBR', ['United Kingdom', 'UK', 'U.K.', 'Britain', 'London', 'British', '英国', '영국']],
  ['FRA', ['France', 'Paris', 'French', '法国', '프랑스', 'フランス']],
  ['DEU', ['Germany', 'Berlin', 'German', '德国', '독일', 'ドイツ']],
  ['AUS', ['Australia', 'Canberra', 'Australian', '澳大利亚', '澳方', '호주', 'オーストラリア']],
  ['CAN', ['Canada', 'Ottawa', 'Canadian', '加拿大', '캐나다', 'カナダ']],
  ['ISR', ['Israel', 'Israeli', '以色列', '이스라엘', 'イスラエル']],
  ['IRN', ['Iran', 'Tehran', 'Iranian', '伊朗', '이란', 'イラン']],
  ['EU', ['European Union', 'EU', 'Brussels', '欧盟', '유럽연합']],
  ['UN', ['United Nations', 'UN', 'U.N.', '联合国', '유엔', '国連']],
];
/** Names inside longer names that are not the party ("South China Sea", "Korean Peninsula"). */
const notParties = ['South China Sea', 'East China Sea', 'Korean Peninsula', 'Korean peninsula', 'Chinese Taipei', 'Sea of Japan', '朝鲜半岛', '南海', '한반도'];
/** Name parts that do not identify a person on their own. */
const nameParticles: ReadonlySet<string> = new Set(['Jr', 'Sr', 'II', 'III', 'IV', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'von', 'van', 'der', 'den', 'de', 'da', 'du', 'di', 'al', 'el', 'bin', 'la', 'le']);

/** Phrases that make all sides the actor: "the two sides agreed", "both countries", 双方, 양측, 両国. */
const jointEnglish = /\b(?:the|both|all|(?:the\s+)?(?:two|three|four))\s+(?:sides|countries|ministers|leaders|parties|governments|delegations|presidents|nations|heads\s+of\s+state|foreign\s+ministers|prime\s+ministers|counterparts)\b|\b(?:they|we)\s+(?:both|jointly|together)\b/giu;
const jointCjk = ['双方', '两国', '三方', '三国', '各方', '两国领导人', '两国外长', '양측', '양국', '양 장관', '양 정상', '양 외교장관', '3국', '세 나라',
  '両国', '両首脳', '両外相', '両大臣', '両首相', '3か国', '三か国'];
/** "We", "our side", 我方, 우리 측, 我が国: the issuing party. */
const selfCjk = ['我方', '我国', '我们', '우리 측', '우리측', '우리 정부', '우리나라', '우리', '我が国', 'わが国'];
/** One-character country abbreviations that join a CJK joint phrase ("中韩两国", "日韩两国"). */
const cjkAbbreviations = new Set(['中', '韩', '日', '美', '朝', '俄', '英', '法', '德', '澳', '印', '欧', '한', '중', '일', '미']);

/**
 * Readout convention: the issuing side calls its own principal by title or pronoun
 * ("The Secretary emphasized", "The Executive Vice-President stressed", "He said", "EAM
 * highlighted", "안 장관은", "上川大臣は") and names the other side.
 */
const ownTitleEnglish = /^\s*["“]?(?:the\s+)?(?:[\p{L}]+\s+){0,2}?(?:vice-|deputy\s+)?(?:secretary|minister|prime minister|president|premier|chancellor|spokesperson|spokesman|spokeswoman|ambassador|envoy|delegation|side|he|she|eam)\b/iu;
const selfPronounEnglish = /^\s*["“]?(?:we|our)\b/iu;
/** "They agreed", "Ministers condemned", "Leaders welcomed": no party named, all sides act. */
const jointPronounEnglish = /^\s*["“]?(?:they|both|ministers|leaders)\b/iu;
const ownTitleChinese = /^[^，。,；]{0,12}?(?:部长|主席|总理|发言人|外长|总统|国务委员|大使|首相|大臣)/u;
/**
 * A Chinese readout names its own officials without a country ("王毅在釜山出席…", "习近平指出"),
 * the other side's with one ("韩国总统尹锡悦"): two to four Han characters opening the clause,
 * then a verb or preposition, are the issuing side's official.
 */
const ownNameChinese = /^\s*[\u4e00-\u9fff]{2,4}(?:在|于|同|与|和|对|就|向|表示|指出|强调|说|会见|会晤|出席|主持|访问|致电|$)/u;
const cjkTitles = '(?:장관|대통령|총리|부장|외교부장|주석|대변인|정상|국무위원|大臣|外相|首相|外務大臣|大統領|主席|首脳|総理|国務委員)';
/** A title followed by a topic or subject particle: "안 장관은", "上川大臣は", "上川大臣から". */
const titleTopic = new RegExp(`${cjkTitles}\\s?(은|는|이|가|からは|から|は|が)(?=[^가-힣]|$)`, 'gu');
/** After a CJK name: an optional "side", person and title, then a topic (은 는 は) or subject (이 가 が) particle. */
const particleAfterName = new RegExp(`^(?:\\s?(?:측|側|정부|政府|당국))?(?:\\s?[가-힣]{1,4})??(?:\\s?${cjkTitles})?\\s?(은|는|이|가|からは|から|は|が|도|も)(?=[^가-힣]|$)`, 'u');
/** Topic particles; Japanese "Xから(は)…説明した" ("from X, … was explained") also names the speaker. */
const topicParticles: ReadonlySet<string> = new Set(['은', '는', 'は', '도', 'も', 'から', 'からは']);
/** Words before a name that make it an object, not the subject ("talks with China", "visited Seoul"). */
const objectMarkers: ReadonlySet<string> = new Set([
  'with', 'to', 'of', 'from', 'by', 'for', 'in', 'at', 'on', 'between', 'among', 'against', 'toward', 'towards', 'about', 'over', 'under',
  'into', 'upon', 'than', 'via', 'including', 'like', 'regarding', 'concerning', 'visited', 'met', 'told', 'received', 'hosted', 'invited',
  'thanked', 'joined', 'called', 'congratulated', 'briefed', 'urged', 'asked',
]);
const cjkObjectMarkers = ['同', '与', '和', '跟', '对', '向', '就', '给', '从', '把', '在', '为', '会见', '访问', '会晤', '致电', '邀请'];

type CjkEntry = { readonly kind: 'party'; readonly code: string } | { readonly kind: 'joint' } | { readonly kind: 'self' };

/** A possible actor named in a sentence. */
interface Candidate {
  readonly actor: Actor;
  readonly span: Span;
  /** Probably an object: after a preposition or a verb ("with China"), or before 의/の/에. */
  readonly isObject: boolean;
  /** Korean / Japanese: followed by a topic particle (은/는/は), a subject one (이/가/が), or neither. */
  readonly marker: 'topic' | 'subject' | 'none';
}

/** Where to look for the actor of one claim of a sentence. */
export interface ActorQuery {
  /** Start of the act cue chosen for the claim; undefined for a default `state`. */
  readonly cueStart?: number | undefined;
  /** Start of the cue's clause, or of the reported speech after "said"; defaults to the sentence start. */
  readonly regionStart?: number | undefined;
}

/** Resolves the actor of each claim of one sentence (its names found once). */
export type SentenceActors = (query: ActorQuery) => Actor;

/** Compiled once per analysis context: (text, sentence span, is it Korean/Japanese?) → per-claim resolver. */
export type ActorFinder = (text: string, sentence: Span, isVerbFinal: boolean) => SentenceActors;

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isLatinName = (name: string) => /^[\p{Script=Latin}\p{N}\s.'’&-]+$/u.test(name);

/** Names a party goes by: name, aliases, code, and each person's full name and name parts ("Ahn", "Duk-geun"). */
function namesOf(party: PartyProfile): string[] {
  const parts = party.people.flatMap((person) => [
    person,
    ...person.split(/\s+/u).map((part) => part.replace(/[.,]+$/u, ''))
      .filter((part) => part.length >= 2 && /^\p{Lu}/u.test(part) && !nameParticles.has(part)),
  ]);
  return [party.name, party.code, ...party.aliases, ...parts].filter((name) => name.trim().length >= 2);
}

/** The word just before `offset` (letters only), lower-cased. */
function wordBefore(text: string, offset: number, floor: number): string {
  let end = offset;
  while (end > floor && /[\s"“'‘(]/u.test(text[end - 1] ?? '')) end -= 1;
  let start = end;
  while (start > floor && end - start < 20 && /\p{L}/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, end).toLowerCase();
}

const joiner = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?|\s*&\s*|\s*、\s*|和|与|과\s*|와\s*|と)$/u;

/**
 * Compiles the actor finder for one analysis context: its parties' names, aliases and
 * people (surnames and given names alone too, possessives included), plus well-known
 * states; Latin-script names match as whole words (case-sensitive), CJK names as substrings.
 */
export function compileActorFinder(context: AnalysisContext): ActorFinder {
  const meetingParties = [context.self, ...context.others];
  const inMeeting = new Set(meetingParties.map((party) => party.code));
  const codeOf = new Map<string, string | null>();
  const register = (name: string, code: string | null) => {
    if (!codeOf.has(name)) codeOf.set(name, code);
  };
  for (const name of notParties) register(name, null);
  for (const party of meetingParties) for (const name of namesOf(party)) register(name, party.code);
  for (const [code, names] of wellKnownParties) if (inMeeting.has(code)) for (const name of names) register(name, code);
  for (const [code, names] of wellKnownParties) if (!inMeeting.has(code)) for (const name of names) register(name, code);
  const latinIndex = compileSubstringIndex<string>([...codeOf.entries()].filter(([name]) => isLatinName(name)));
  const cjkIndex = compileSubstringIndex<CjkEntry>([
    ...[...codeOf.entries()].filter(([name]) => !isLatinName(name))
      .map(([name, code]): readonly [string, CjkEntry | null] => [name, code === null ? null : { kind: 'party', code }]),
    ...jointCjk.map((phrase) => [phrase, { kind: 'joint' }] as const),
    ...selfCjk.map((phrase) => [phrase, { kind: 'self' }] as const),
  ]);
  const allCodes = meetingParties.map((party) => party.code);
  const selfActor: Actor = { kind: 'self', partyCodes: [context.self.code] };

  function actorOf(code: string): Actor {
    if (code === context.self.code) return selfActor;
    return { kind: inMeeting.has(code) ? 'counterpart' : 'third-party', partyCodes: [code] };
  }

  /** Every candidate of a sentence, in order; "X and Y" of two meeting parties becomes one `both`. */
  function candidatesOf(text: string, sentence: Span, isVerbFinal: boolean): Candidate[] {
    const body = text.slice(sentence.start, sentence.end);
    const found: { actor: Actor; span: Span; particle?: string | undefined }[] = [];
    // Names and English phrases need a Latin letter; CJK sentences mostly have none.
    const hasLatin = /[A-Za-z]/u.test(body);
    for (const match of hasLatin ? latinIndex.findAll(text, sentence) : []) {
      // Whole words only, a possessive allowed: "Korea's" names Korea, "Koreanness" does not.
      const { start, end } = match.span;
      const after = text.slice(end, end + 3);
      const isWhole = !isWordChar(text[start - 1]) && (!isWordChar(after[0]) || (/^['’]s/u.test(after) && !isWordChar(after[2])));
      if (match.value && isWhole) found.push({ actor: actorOf(match.value), span: match.span });
    }
    for (const match of hasLatin ? body.matchAll(jointEnglish) : []) {
      const start = sentence.start + match.index;
      found.push({ actor: { kind: 'both', partyCodes: allCodes }, span: { start, end: start + match[0].length } });
    }
    for (const match of cjkIndex.findAll(text, sentence)) {
      let start = match.span.start;
      if (match.value.kind === 'joint') while (start > sentence.start && match.span.start - start < 3 && cjkAbbreviations.has(text[start - 1] ?? '')) start -= 1;
      const actor: Actor = match.value.kind === 'party' ? actorOf(match.value.code)
        : match.value.kind === 'joint' ? { kind: 'both', partyCodes: allCodes } : selfActor;
      found.push({ actor, span: { start, end: match.span.end } });
    }
    for (const match of isVerbFinal ? body.matchAll(titleTopic) : []) {
      // "안 장관은": the issuing side's own minister, unless a party is named just before the title.
      const start = sentence.start + match.index;
      const isOwned = found.some((f) => f.span.end <= start && start - f.span.end <= 6);
      if (!isOwned) found.push({ actor: selfActor, span: { start, end: start + match[0].length }, particle: match[1] });
    }
    found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    // Chain "China and South Korea", "Japan, China and Korea", "한국과 중국": meeting parties named
    // together act jointly. Commas alone do not chain ("In talks with Wang, Ahn raised …").
    type Found = (typeof found)[number];
    const isParty = (f: Found) => f.actor.kind === 'self' || f.actor.kind === 'counterpart' || f.actor.kind === 'both';
    const runs: { items: Found[]; hasAnd: boolean }[] = [];
    let end = -1;
    for (const item of found) {
      if (item.span.start < end) continue;
      end = item.span.end;
      const run = runs.at(-1);
      const previous = run?.items.at(-1);
      const gap = previous ? text.slice(previous.span.end, item.span.start) : '';
      if (run && previous && isParty(previous) && isParty(item) && gap.length <= 12 && joiner.test(gap)) {
        run.items.push(item);
        run.hasAnd ||= !/^[\s,、]*$/u.test(gap);
      } else {
        runs.push({ items: [item], hasAnd: false });
      }
    }
    const merged = runs.flatMap(({ items, hasAnd }) => {
      const codes = [...new Set(items.flatMap((item) => item.actor.partyCodes))];
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last || items.length < 2 || !hasAnd || codes.length < 2) return items;
      return [{ actor: { kind: 'both' as const, partyCodes: codes }, span: { start: first.span.start, end: last.span.end }, particle: last.particle }];
    });
    return merged.map(({ actor, span, particle: own }) => {
      const after = text.slice(span.end, Math.min(sentence.end, span.end + 16));
      const particle = own ?? (isVerbFinal ? particleAfterName.exec(after)?.[1] : undefined);
      const isObject = isVerbFinal
        ? particle === undefined && /^\s?(?:의|에|에게|와|과|을|를|の|に|と|を|へ)/u.test(after)
        : objectMarkers.has(wordBefore(text, span.start, sentence.start)) || cjkObjectMarkers.some((marker) => text.endsWith(marker, span.start) && span.start - marker.length >= sentence.start);
      const marker = particle === undefined ? 'none' : topicParticles.has(particle) ? 'topic' : 'subject';
      return { actor: { ...actor, span }, span, isObject, marker };
    });
  }

  /** Title or pronoun at the start of a region (English and Chinese readout conventions). */
  function conventionAt(text: string, region: Span): Actor | undefined {
    const head = text.slice(region.start, Math.min(region.end, region.start + 80));
    if (jointPronounEnglish.test(head)) return { kind: 'both', partyCodes: allCodes };
    if (selfPronounEnglish.test(head) || ownTitleEnglish.test(head) || ownTitleChinese.test(head) || ownNameChinese.test(head)) return selfActor;
    return undefined;
  }

  const unspecified: Actor = { kind: 'unspecified', partyCodes: [] };

  return (text, sentence, isVerbFinal) => {
    const candidates = candidatesOf(text, sentence, isVerbFinal);
    const inside = (region: Span) => candidates.filter((c) => c.span.start >= region.start && c.span.end <= region.end);

    /** SVO: the first candidate of the region that is no object; else the convention; else any candidate. */
    function subjectOf(region: Span): Actor | undefined {
      const found = inside(region);
      return found.find((c) => !c.isObject)?.actor ?? conventionAt(text, region) ?? found[0]?.actor;
    }

    return ({ cueStart, regionStart }) => {
      if (cueStart === undefined) return subjectOf(sentence) ?? unspecified;
      const head: Span = { start: sentence.start, end: cueStart };
      if (isVerbFinal) {
        // Korean and Japanese mark the subject: the first topic (은/는/は), else subject (이/가/が), else an unmarked non-object.
        const found = inside(head);
        return (found.find((c) => c.marker === 'topic') ?? found.find((c) => c.marker === 'subject') ?? found.find((c) => !c.isObject))?.actor
          ?? conventionAt(text, head) ?? unspecified;
      }
      const from = Math.min(Math.max(regionStart ?? sentence.start, sentence.start), cueStart);
      return subjectOf({ start: from, end: cueStart }) ?? (from > sentence.start ? subjectOf({ start: sentence.start, end: from }) : undefined) ?? unspecified;
    };
  };
}
