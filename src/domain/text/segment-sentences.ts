import { isCjkCode, isMostlyCjk } from './scripts.ts';
import type { Span } from './span.ts';
import { tokeniseBlock, type Token } from './tokens.ts';

/** A sentence with its tokens; CJK sentences carry none, since their terms are matched as substrings. */
export interface SegmentedSentence {
  readonly span: Span;
  readonly tokens: readonly Token[];
  /** Split with the CJK rules (the sentence is mostly Chinese, Japanese or Korean). */
  readonly isCjk: boolean;
}

/**
 * Longest piece of text given to wink-nlp in one call. Longer lines are cut, at a sentence
 * mark where one is near, so a megabyte without a line break costs no more than many lines.
 */
const maxBlockChars = 20_000;
const lineBreaks: ReadonlySet<string> = new Set(['\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f']);
const blockCutMarks: ReadonlySet<string> = new Set(['.', '!', '?', '。', '！', '？', '；']);
/**
 * Marks that always end a CJK sentence. "." ends one after a CJK character (Korean "했다.")
 * or a lower-case Latin letter (an English quote in the line), not after a digit
 * (Korean dates "2024. 5. 26.") or a capital ("U.S.").
 */
const cjkEnders: ReadonlySet<string> = new Set(['。', '！', '？', '；', '!', '?', '．', '｡']);
const cjkClosers: ReadonlySet<string> = new Set(['」', '』', '”', '’', ')', '）', '"', '\'', '】', '》', '〉']);
/** A list marker alone ("1.", "(2)", "iv)", "-", "•") is not a sentence: it joins the one it marks. */
const listMarker = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivxlc]{1,5}[.)]|[-•*▪·–—◦‣●○■□➢►▶])$/iu;
/** Abbreviations that stand before a name and so never end a sentence ("Amb. Smith"). */
const titleAbbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'sen', 'rep', 'gov',
  'amb', 'pres', 'sec', 'hon', 'rev', 'messrs', 'h.e', 'e.g', 'i.e', 'cf', 'viz', 'vs', 'dept', 'min',
]);
/** Abbreviations that stand before a number ("No. 1", "Art. 5", "para. 3"). */
const numberAbbreviations: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'arts', 'para', 'paras', 'sec', 'ch', 'vol', 'p', 'pp', 'fig', 'ref', 'approx', 'nr']);

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s += 1;
  while (e > s && isSpace(text[e - 1])) e -= 1;
  return s < e ? { start: s, end: e } : undefined;
}

/** Where to cut a too-long piece starting at `from`: after a sentence mark, else at a space, else hard (never inside a surrogate pair). */
function cutPoint(text: string, from: number): number {
  const limit = from + maxBlockChars;
  const floor = from + maxBlockChars / 2;
  for (let p = limit; p > floor; p -= 1) {
    if (blockCutMarks.has(text[p - 1] ?? '') && (isSpace(text[p]) || isCjkCode(text.charCodeAt(p)))) return p;
  }
  for (let p = limit; p > floor; p -= 1) if (isSpace(text[p])) return p;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * The independent pieces of a text, in order: its lines (line breaks always end a
 * sentence), long lines cut into pieces of at most 20,000 UTF-16 code units. No sentence
 * crosses a block, so `segmentBlock` over each block gives the sentences of the whole text.
 */
export function sentenceBlocks(text: string): Span[] {
  const result: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !lineBreaks.has(text[i] ?? '')) continue;
    let from = lineStart;
    while (i - from > maxBlockChars) {
      const at = cutPoint(text, from);
      result.push({ start: from, end: at });
      from = at;
    }
    if (i > from) result.push({ start: from, end: i });
    lineStart = i + 1;
  }
  return result;
}

/** CJK sentences end at cjkEnders and some "." (see there), taking any closing quotes along. */
function cjkSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i < end; i += 1) {
    const char = text[i] ?? '';
    const closes = cjkEnders.has(char) || (char === '.' && (isCjkCode(text.charCodeAt(i - 1)) || /\p{Ll}/u.test(text[i - 1] ?? ''))
      && (i + 1 >= end || isSpace(text[i + 1]) || cjkClosers.has(text[i + 1] ?? '')));
    if (!closes) continue;
    let stop = i + 1;
    while (stop < end && (cjkClosers.has(text[stop] ?? '') || cjkEnders.has(text[stop] ?? ''))) stop += 1;
    const span = trimSpan(text, from, stop);
    if (span) spans.push(span);
    from = stop;
    i = stop - 1;
  }
  const rest = trimSpan(text, from, end);
  if (rest) spans.push(rest);
  return spans;
}

/** The abbreviation a group ends with ("amb" for "… met Amb."), if it ends in a dot right after a word. */
function endingAbbreviation(group: readonly Token[]): string | undefined {
  const last = group.at(-1);
  if (!last) return undefined;
  if (last.isWord && last.lower.endsWith('.')) return last.lower.slice(0, -1);
  const before = group.at(-2);
  return last.lower === '.' && before?.isWord && before.end === last.start ? before.lower : undefined;
}

/**
 * Whether wink's (or the fallback's) split between `left` and `right` should be undone:
 * no white space between them ("China-U.S. relations" split after "U."), the right part
 * starts in lower case ("'Yes!' she said"), or the left ends in a title or a number
 * abbreviation ("Amb. Smith", "Art. 5").
 */
function isFalseSplit(text: string, left: readonly Token[], right: readonly Token[]): boolean {
  const last = left.at(-1);
  const first = right[0];
  if (!last || !first) return false;
  if (last.end === first.start) return true;
  if (first.isWord && /^\p{Ll}/u.test(text.slice(first.start, first.end))) return true;
  const abbreviation = endingAbbreviation(left);
  if (abbreviation === undefined) return false;
  if (titleAbbreviations.has(abbreviation)) return true;
  return numberAbbreviations.has(abbreviation) && /^[\d(]/u.test(text.slice(first.start, first.end));
}

const isListMarker = (text: string, group: readonly Token[]) =>
  listMarker.test(group.map((token) => text.slice(token.start, token.end)).join(''));

/** Sentences of one non-CJK block: wink's splits, minus false ones, with list markers joined to their sentence. */
function latinSentences(text: string, block: Span): SegmentedSentence[] {
  const { tokens, sentences: ranges } = tokeniseBlock(text.slice(block.start, block.end), block.start);
  const groups: Token[][] = [];
  for (const [first, last] of ranges) {
    const group = tokens.slice(first, last + 1);
    const previous = groups.at(-1);
    if (previous && (isListMarker(text, previous) || isFalseSplit(text, previous, group))) previous.push(...group);
    else if (previous && !group.some((token) => token.isWord) && !isListMarker(text, group)) previous.push(...group);
    else groups.push(group);
  }
  const last = groups.at(-1);
  if (last && isListMarker(text, last)) groups.pop();
  return groups.flatMap((group) => {
    const start = group[0]?.start;
    const end = group.at(-1)?.end;
    return start === undefined || end === undefined || start >= end ? [] : [{ span: { start, end }, tokens: group, isCjk: false }];
  });
}

/**
 * Splits a text into sentences with their tokens. Line breaks always end a sentence
 * (paragraphs, bullets, numbered points); within a line, English goes through wink-nlp
 * (which keeps "U.S.", "Jr." and "No. 1" whole) and mostly-CJK lines split on their own
 * marks; `language` (BCP 47) tips mixed lines towards CJK. Spans are UTF-16 offsets,
 * trimmed, non-empty, in order and non-overlapping. Total: any string gives an answer.
 */
export function segmentTokenisedSentences(text: string, language = ''): SegmentedSentence[] {
  return sentenceBlocks(text).flatMap((block) => segmentBlock(text, block, language));
}

/**
 * The sentences of one block of `text` (a span from `sentenceBlocks`), with the rules of
 * segmentTokenisedSentences; an empty or blank block has none. Lets a caller split the
 * work of a long text into pieces of bounded cost.
 */
export function segmentBlock(text: string, block: Span, language = ''): SegmentedSentence[] {
  const span = trimSpan(text, block.start, block.end);
  if (!span) return [];
  if (isMostlyCjk(text, span.start, span.end, language)) {
    return cjkSentences(text, span.start, span.end).map((sentence) => ({ span: sentence, tokens: [], isCjk: true }));
  }
  return latinSentences(text, span);
}

/**
 * The sentences of a text as spans (half-open UTF-16 offsets into `text`), in order,
 * trimmed, non-empty and non-overlapping; see segmentTokenisedSentences for the rules.
 */
export function segmentSentences(text: string, language = ''): Span[] {
  return segmentTokenisedSentences(text, language).map((sentence) => sentence.span);
}
