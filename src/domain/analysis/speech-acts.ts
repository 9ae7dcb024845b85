import type { Span } from '../text/span.ts';
import { compileSubstringIndex } from '../text/substring-index.ts';
import type { Token } from '../text/tokens.ts';
import type { Act } from './types.ts';

/**
 * The pattern family a cue belongs to, recorded as `rule.pattern`: a single verb
 * ("agreed"), a phrase ("exchanged views", "asked * to"), a word that is a cue whatever
 * its part of speech ("jointly"), a modal of obligation ("should": someone is asked to
 * act), a noun that names an act ("sanctions", "talks": the weakest), or the same
 * families for CJK substrings (同意; 应该; 合作 "cooperation").
 */
export type CuePattern = 'verb-cue' | 'phrase-cue' | 'word-cue' | 'modal-cue' | 'noun-cue' | 'cjk-cue' | 'cjk-modal-cue' | 'cjk-noun-cue';

/** A speech-act cue found in a sentence. */
export interface ActCue {
  readonly act: Act;
  /** The cue as written: text.slice(span.start, span.end). */
  readonly span: Span;
  /** The cue as the codebook writes it ("call on", "lodge * representation"). */
  readonly term: string;
  readonly pattern: CuePattern;
}

interface CueTable {
  /** Single words that count only as verbs ("agreed", not "the agreed text"). */
  readonly verbs?: readonly string[];
  /** Lemma sequences; "*" stands for any one word ("ask * to" catches "asked China to"). */
  readonly phrases?: readonly string[];
  /** Single words that count in any part of speech. */
  readonly words?: readonly string[];
  /** Modals of obligation: weaker than any verb, stronger than `state`. */
  readonly modals?: readonly string[];
  /** Nouns (and noun phrases) naming the act, used only when a sentence has no other cue. */
  readonly nouns?: readonly string[];
}

/** English cues per PLOVER 2.0 category; words are lemmas (the forms of a token are matched). */
const englishCues: Readonly<Record<Act, CueTable>> = {
  agree: {
    verbs: ['agree', 'sign', 'conclude', 'concur', 'pledge', 'commit', 'decide', 'confirm'],
    phrases: ['reach consensus', 'reach a consensus', 'reach agreement', 'reach an agreement', 'reach * agreement', 'reach * consensus',
      'agreement be reach', 'consensus be reach', 'come to an agreement'],
  },
  request: {
    verbs: ['ask', 'request', 'urge', 'press', 'demand', 'seek', 'encourage', 'implore'],
    phrases: ['call on', 'call upon', 'hope that', 'hope the', 'hope * will', 'hope * would', 'expect * to', 'appeal to', 'invite * to', 'express the hope', 'express hope'],
    // "She said the United States should stop …": a reported "should" asks someone to act.
    modals: ['should', 'must', 'ought'],
  },
  reject: {
    verbs: ['oppose', 'reject', 'refuse', 'deny', 'dismiss', 'veto'],
    phrases: ['firmly oppose', 'object to', 'will not accept', 'not accept', 'not recognise', 'not recognize'],
  },
  accuse: {
    verbs: ['criticise', 'criticize', 'accuse', 'condemn', 'blame', 'deplore', 'denounce'],
    phrases: ['express concern', 'express * concern', 'express * * concern', 'raise concern', 'raise * concern', 'voice concern', 'voice * concern',
      'concern about', 'concern over', 'concern regarding', 'express regret', 'express * regret'],
  },
  threaten: {
    verbs: ['warn', 'threaten'],
    phrases: ['red line', 'will not tolerate', 'serious consequence', 'bear the consequence', 'bear all consequence',
      'take all necessary measure', 'take * necessary measure', 'resolutely defend', 'firmly defend'],
  },
  protest: {
    verbs: ['protest', 'summon'],
    phrases: ['lodge representation', 'lodge * representation', 'make representation', 'make * representation', 'lodge a protest', 'lodge * protest',
      'strong dissatisfaction', 'strongly deplore', 'express dissatisfaction', 'express * dissatisfaction'],
    nouns: ['protest'],
  },
  sanction: {
    verbs: ['sanction', 'impose', 'ban', 'blacklist', 'embargo'],
    phrases: ['entity list', 'impose restriction', 'impose sanction'],
    nouns: ['sanction', 'embargo'],
  },
  concede: {
    verbs: ['concede', 'ease', 'lift', 'relax', 'waive', 'yield'],
    phrases: ['make concession', 'make * concession'],
    nouns: ['concession'],
  },
  retreat: {
    verbs: ['withdraw', 'suspend', 'postpone', 'cancel', 'halt', 'abandon'],
    phrases: ['pull out', 'pull back', 'back out'],
    nouns: ['withdrawal', 'suspension'],
  },
  aid: {
    verbs: ['donate', 'grant'],
    phrases: ['provide assistance', 'provide * assistance', 'provide aid', 'provide * aid', 'offer assistance', 'offer * assistance', 'offer aid',
      'humanitarian assistance', 'humanitarian aid', 'provide support', 'provide * support', 'send aid'],
    nouns: ['aid', 'assistance', 'donation'],
  },
  cooperate: {
    verbs: ['cooperate', 'collaborate', 'partner', 'strengthen', 'deepen', 'expand', 'enhance', 'promote', 'boost', 'coordinate', 'bolster', 'step up', 'launch'],
    phrases: ['strengthen cooperation', 'deepen cooperation', 'expand cooperation', 'enhance cooperation',
      'work together', 'work with', 'work closely', 'strengthen dialogue', 'join hand', 'join force'],
    words: ['jointly', 'together'],
    // "discussed cooperation in defence" is consult: the noun only counts when no verb does.
    nouns: ['cooperation on', 'cooperation in', 'cooperation'],
  },
  support: {
    verbs: ['welcome', 'appreciate', 'support', 'praise', 'commend', 'applaud', 'congratulate', 'thank', 'value', 'endorse', 'hail', 'back'],
    phrases: ['express support', 'express * support', 'express appreciation', 'express * appreciation', 'speak highly'],
  },
  consult: {
    verbs: ['discuss', 'meet', 'speak', 'consult', 'review', 'confer', 'host', 'attend', 'chair', 'participate', 'negotiate', 'visit', 'talk', 'exchange', 'brief'],
    phrases: ['exchange view', 'exchange of view', 'exchange opinion', 'phone call', 'telephone call', 'video call', 'speak by phone', 'speak by telephone',
      'take part', 'have a call', ...['talk', 'meeting', 'summit', 'call', 'consultation', 'dialogue', 'conversation', 'discussion']
        .flatMap((noun) => [`hold ${noun}`, `hold * ${noun}`, `hold * * ${noun}`, `have * ${noun}`, `have * * ${noun}`])],
    // "The talks focused on chips" is consult; "In talks with Wang, Ahn raised …" is Ahn's `state`.
    nouns: ['talk', 'dialogue', 'exchange', 'consultation', 'negotiation', 'discussion', 'meeting'],
  },
  state: {
    verbs: ['stress', 'reiterate', 'emphasise', 'emphasize', 'note', 'state', 'say', 'introduce', 'underline', 'underscore', 'highlight',
      'affirm', 'reaffirm', 'express', 'explain', 'recall', 'raise', 'add', 'convey', 'outline', 'indicate', 'remark', 'mention', 'tell', 'inform'],
    phrases: ['point out'],
  },
};

/** Phrases that look like cues but are not acts; they win their place and are dropped. */
const englishStops: readonly string[] = ['hope to', 'seek to', 'press conference', 'press release', 'ease of', 'in support of', 'talk point', 'together with'];

/**
 * Chinese, Korean and Japanese cues, matched as substrings (longest first). Korean "-기로
 * 했다" ("decided to") is agreement; "합의" (agree) beats "협력" (cooperate) by position, not here.
 */
const cjkCues: Readonly<Partial<Record<Act, readonly string[]>>> = {
  agree: ['一致同意', '同意', '达成共识', '达成一致', '一致认为', '签署', '合意', '一致した', 'で一致', '署名', '確認', '합의', '동의', '서명', '확인', '기로 했', '기로 하였'],
  request: ['要求', '请求', '希望', '敦促', '呼吁', '要請', '求め', '要望', '期待', '요청', '당부', '촉구', '요구', '희망'],
  reject: ['坚决反对', '反对', '拒绝', '反対', '拒否', '반대', '거부'],
  accuse: ['关切', '担忧', '批评', '谴责', '懸念', '批判', '非難', '우려', '비판', '규탄', '유감'],
  threaten: ['警告', '红线', '采取一切必要措施', '必要措施', 'レッドライン', '必要な措置', '경고', '레드라인', '필요한 조치'],
  protest: ['抗议', '严正交涉', '强烈不满', '交涉', '抗議', '항의'],
  sanction: ['制裁措置', '实施制裁', '제재를 부과', '制裁を科'],
  concede: ['让步', '譲歩', '양보'],
  retreat: ['撤出', '暂停', '撤回', '撤退', '철수', '중단'],
  aid: ['援助', '人道主义援助', '支援を提供', '援助を提供', '지원을 제공', '인도적 지원', '원조'],
  cooperate: ['加强合作', '深化合作', '拓展合作', '加强对话', '加强', '深化', '拓展', '扩大', '推进', '促进', '共同', '携手', '強化', '拡大',
    '협력하', '강화', '확대', '심화', '증진', '공동', '함께'],
  support: ['欢迎', '支持', '赞赏', '肯定', '赞同', '歓迎', '評価', '환영', '지지', '평가'],
  consult: ['交换意见', '讨论', '会谈', '会见', '通话', '出席', '举行', '磋商', '沟通', '協議', '意見交換', '会談', '会見', '電話会談', '会合',
    '논의', '협의', '회담', '의견을 교환', '주재', '참석', '회의를 가졌', '통화', '면담', '화상회의'],
  state: ['强调', '重申', '指出', '表示', '介绍', '強調', '述べ', '表明', '指摘', '説明', '강조', '밝혔', '말했', '언급', '설명', '표명'],
};
/** CJK modals of obligation ("X 应该 …", "…해야", "…べき"): a request, ranked like English "should". */
const cjkModalCues: readonly string[] = ['应该', '应当', '应', '必须', '해야', 'べき'];
/** Bare CJK nouns that name an act; like English noun cues they count only when nothing else does. */
const cjkNounCues: Readonly<Partial<Record<Act, readonly string[]>>> = {
  cooperate: ['合作', '協力', '連携', '협력'],
  sanction: ['制裁', '제재'],
};
/** CJK words that contain a cue but name no act ("共同体" community, "共同声明" joint statement, "供应" supply). */
const cjkStops: readonly string[] = ['지지부진', '共同体', '공동체', '共同声明', '공동성명', '供应', '应对', '适应', '相应', '应邀', '响应', '反应', '效应', '应用', '理应'];

interface CompiledCue {
  readonly act: Act | null;
  readonly term: string;
  /** Lemmas, "*" for any one word. */
  readonly words: readonly string[];
  readonly pattern: Exclude<CuePattern, 'cjk-cue' | 'cjk-modal-cue' | 'cjk-noun-cue'>;
}

function compileEnglishCues(): Map<string, CompiledCue[]> {
  const cues: CompiledCue[] = [];
  for (const [act, table] of Object.entries(englishCues) as [Act, CueTable][]) {
    for (const verb of table.verbs ?? []) cues.push({ act, term: verb, words: verb.split(' '), pattern: verb.includes(' ') ? 'phrase-cue' : 'verb-cue' });
    for (const phrase of table.phrases ?? []) cues.push({ act, term: phrase, words: phrase.split(' '), pattern: 'phrase-cue' });
    for (const word of table.words ?? []) cues.push({ act, term: word, words: [word], pattern: 'word-cue' });
    for (const modal of table.modals ?? []) cues.push({ act, term: modal, words: [modal], pattern: 'modal-cue' });
    for (const noun of table.nouns ?? []) cues.push({ act, term: noun, words: noun.split(' '), pattern: 'noun-cue' });
  }
  for (const stop of englishStops) cues.push({ act: null, term: stop, words: stop.split(' '), pattern: 'phrase-cue' });
  const byFirst = new Map<string, CompiledCue[]>();
  for (const cue of cues) {
    const first = cue.words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), cue]);
  }
  // Longest first; at equal length a stop phrase, then a verb reading, wins.
  const rank = (cue: CompiledCue) => (cue.act === null ? 0 : cue.pattern === 'noun-cue' ? 2 : 1);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || rank(a) - rank(b));
  return byFirst;
}

const englishIndex = compileEnglishCues();
const cjkIndex = compileSubstringIndex<{ act: Act; pattern: 'cjk-cue' | 'cjk-modal-cue' | 'cjk-noun-cue' }>([
  ...cjkStops.map((term) => [term, null] as const),
  ...Object.entries(cjkCues).flatMap(([act, terms]) => (terms ?? []).map((term) => [term, { act: act as Act, pattern: 'cjk-cue' as const }] as const)),
  ...cjkModalCues.map((term) => [term, { act: 'request' as const, pattern: 'cjk-modal-cue' as const }] as const),
  ...Object.entries(cjkNounCues).flatMap(([act, terms]) => (terms ?? []).map((term) => [term, { act: act as Act, pattern: 'cjk-noun-cue' as const }] as const)),
]);

const verbTags: ReadonlySet<string> = new Set(['VERB', 'AUX', 'X']);
const nounTags: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'X']);
/** Subjects a "should" asks to act: a party or its people ("the U.S. side should"), not "any outcome must". */
const actingNouns: ReadonlySet<string> = new Set(['side', 'country', 'party', 'government', 'state', 'nation', 'leader', 'minister', 'administration']);
const nonActingPronouns: ReadonlySet<string> = new Set(['it', 'this', 'that', 'which', 'there', 'what']);

function isActingSubject(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.pos === 'PRON') return !nonActingPronouns.has(token.lower);
  return token.pos === 'PROPN' || token.forms.some((form) => actingNouns.has(form));
}

/** How many words from `at` the cue spans, or 0 when it does not match there. */
function matchLength(words: readonly Token[], at: number, cue: CompiledCue): number {
  for (const [k, word] of cue.words.entries()) {
    const token = words[at + k];
    if (!token || (word !== '*' && !token.forms.includes(word))) return 0;
  }
  const first = words[at];
  if (cue.words.length === 1 && first) {
    // A bare word is an act only in the right part of speech: "ban" the verb sanctions, "the ban" does not.
    if (cue.pattern === 'verb-cue' && !verbTags.has(first.pos)) return 0;
    if (cue.pattern === 'noun-cue' && !nounTags.has(first.pos)) return 0;
    if (cue.pattern === 'modal-cue' && !isActingSubject(words[at - 1])) return 0;
  }
  return cue.words.length;
}

/** Every act cue among an English sentence's tokens, left to right, longest first where several start together. */
export function findEnglishCues(tokens: readonly Token[]): ActCue[] {
  const words = tokens.filter((token) => token.isWord);
  const cues: ActCue[] = [];
  let i = 0;
  while (i < words.length) {
    const token = words[i];
    if (!token) break;
    const candidates = token.forms.flatMap((form) => englishIndex.get(form) ?? []);
    let advance = 1;
    for (const cue of candidates.length > 1 ? [...candidates].sort((a, b) => b.words.length - a.words.length) : candidates) {
      const length = matchLength(words, i, cue);
      const last = words[i + length - 1];
      if (length === 0 || !last) continue;
      if (cue.act !== null) cues.push({ act: cue.act, span: { start: token.start, end: last.end }, term: cue.term, pattern: cue.pattern });
      advance = length;
      break;
    }
    i += advance;
  }
  return cues;
}

/** Every CJK act cue in text[span], left to right, longest first where cues overlap. */
export function findCjkCues(text: string, span: Span): ActCue[] {
  return cjkIndex.findAll(text, span).map((match) => ({ act: match.value.act, span: match.span, term: match.term, pattern: match.value.pattern }));
}

/** Acts that take a clause or infinitive and so govern the cues inside it ("agreed to strengthen…", "asked China to help…"). */
const governingActs: ReadonlySet<Act> = new Set(['agree', 'request', 'reject', 'support', 'accuse', 'protest', 'threaten']);

/** The cue chosen for a topic mention, with the confidence of that choice (0..1, two decimals). */
export interface ChosenCue {
  readonly cue: ActCue;
  readonly confidence: number;
}

/** Where the mention is, for choosing a cue: its clause and the word order. */
export interface CueScope {
  /** The clause containing the topic mention (or the whole sentence). */
  readonly clause: Span;
  /** Korean and Japanese put the verb last, so the act of a mention comes after it. */
  readonly isVerbFinal: boolean;
}

/** The position rules on one pool of cues; see chooseCue. */
function byPosition(pool: readonly ActCue[], topic: Span, isVerbFinal: boolean): ChosenCue | undefined {
  const before = pool.filter((cue) => cue.span.start < topic.start);
  const after = pool.filter((cue) => cue.span.start >= topic.end);
  const [governedSide, otherSide] = isVerbFinal ? [after, before] : [before, after];
  // SVO: the first governing verb before the mention heads the clause; SOV: the last one after it.
  const governing = governedSide.filter((cue) => governingActs.has(cue.act));
  const governor = isVerbFinal ? governing.at(-1) : governing[0];
  if (governor) return { cue: governor, confidence: 0.9 };
  const nearest = isVerbFinal ? governedSide[0] : governedSide.at(-1);
  if (nearest) return { cue: nearest, confidence: 0.85 };
  const other = isVerbFinal ? otherSide.at(-1) : otherSide[0];
  return other && { cue: other, confidence: 0.7 };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Whether a cue is a modal of obligation ("should", 应该): someone is asked to act. */
export const isModal = (cue: ActCue) => cue.pattern === 'modal-cue' || cue.pattern === 'cjk-modal-cue';
const isWeak = (cue: ActCue) => cue.pattern === 'noun-cue' || cue.pattern === 'cjk-noun-cue';

/**
 * The act a sentence attributes to the topic mention at `topic`, or undefined (then the
 * claim is a default `state`). Cues inside the mention's clause come first, then the
 * rest of the sentence; within each, verbs and phrases of acts other than `state` come
 * first, then modals ("should": request), then `state` cues (stressed, said); nouns that
 * name an act ("sanctions") count only when there is nothing else. Position rules, for
 * English and Chinese: the first governing cue before the mention (agreed to strengthen
 * cooperation → agree) 0.9, else the nearest cue before it 0.85, else the first after it
 * 0.7; Korean and Japanese mirror this (the last governing cue after the mention, …). A
 * modal scores 0.8 of that, a `state` cue 2/3, a cue outside the clause 0.1 less, a noun
 * cue 0.6.
 */
export function chooseCue(cues: readonly ActCue[], topic: Span, scope: CueScope): ChosenCue | undefined {
  // A cue starting inside the mention is the mention itself ("sanctions"); one around it ("held a trilateral summit") is not.
  const usable = cues.filter((cue) => cue.span.start < topic.start || cue.span.start >= topic.end);
  const inClause = usable.filter((cue) => cue.span.start >= scope.clause.start && cue.span.end <= scope.clause.end);
  const strong = (pool: readonly ActCue[]) => pool.filter((cue) => cue.act !== 'state' && !isWeak(cue) && !isModal(cue));
  const modal = (pool: readonly ActCue[]) => pool.filter(isModal);
  const stated = (pool: readonly ActCue[]) => pool.filter((cue) => cue.act === 'state' && !isWeak(cue));
  const tiers: readonly [readonly ActCue[], number, number][] = [
    [strong(inClause), 1, 0], [modal(inClause), 0.8, 0], [stated(inClause), 2 / 3, 0],
    [strong(usable), 1, 0.1], [modal(usable), 0.8, 0.1], [stated(usable), 2 / 3, 0.1],
  ];
  for (const [pool, factor, penalty] of tiers) {
    const chosen = byPosition(pool, topic, scope.isVerbFinal);
    if (chosen) return { cue: chosen.cue, confidence: round2(chosen.confidence * factor - penalty) };
  }
  const noun = byPosition(usable.filter(isWeak), topic, scope.isVerbFinal);
  return noun && { cue: noun.cue, confidence: 0.6 };
}
