import type { Span } from './span.ts';
import { tokeniseBlock, type Token } from './tokens.ts';

/** A sentence with the tokens inside it (CJK sentences carry none: they are matched by substring). */
export interface SegmentedSentence {
  readonly span: Span;
  readonly tokens: readonly Token[];
}

const cjkChar = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
/** Lines longer than this are cut at spaces before tokenising, to bound wink's work per call. */
const maxBlockChars = 50_000;
/** A list marker alone ("1.", "(2)", "-", "•") is not a sentence: it joins the next one. */
const listMarker = /^(?:\(?\d{1,3}[.)]|[-•*▪·–—]|\(?[a-z][.)])$/u;

/** Whether a block is mostly Chinese, Japanese or Korean script (then split on its own marks). */
export function isMostlyCjk(text: string): boolean {
  let cjk = 0;
  let letters = 0;
  for (const char of text) {
    if (cjkChar.test(char)) cjk += 1;
    else if (/\p{L}/u.test(char)) letters += 1;
  }
  return cjk > 0 && cjk >= letters / 2;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  return s < e ? { start: s, end: e } : undefined;
}

/** CJK sentences end at 。！？； (and at . ! ? before white space, as Korean writes them). */
function cjkSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i < end; i += 1) {
    const char = text[i] ?? '';
    const closes = '。！？；!?'.includes(char) || (char === '.' && /\s/u.test(text[i + 1] ?? ' '));
    if (!closes) continue;
    // Keep closing quotes and brackets with the sentence they close.
    let stop = i + 1;
    while (stop < end && '」』”’)）"\''.includes(text[stop] ?? '')) stop += 1;
    const span = trimSpan(text, from, stop);
    if (span) spans.push(span);
    from = stop;
    i = stop - 1;
  }
  const rest = trimSpan(text, from, end);
  if (rest) spans.push(rest);
  return spans;
}

/** Line spans, each cut into pieces of at most maxBlockChars at white space. */
function blocks(text: string): Span[] {
  const result: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r' && text[i] !== '\u2028' && text[i] !== '\u2029') continue;
    let from = lineStart;
    while (i - from > maxBlockChars) {
      const cut = text.lastIndexOf(' ', from + maxBlockChars);
      const at = cut > from ? cut : from + maxBlockChars;
      result.push({ start: from, end: at });
      from = at;
    }
    if (i > from) result.push({ start: from, end: i });
    lineStart = i + 1;
  }
  return result;
}

/**
 * Splits a text into sentences: line breaks always end one (bullets, numbered
 * points, paragraphs); within a line, English goes through wink-nlp (which keeps
 * "U.S.", "Jr." and "No. 1" whole) and CJK text splits on its own marks. Spans are
 * trimmed, non-empty, in order and non-overlapping. Total: any string gives an answer.
 */
export function segmentSentences(text: string): SegmentedSentence[] {
  const sentences: SegmentedSentence[] = [];
  for (const block of blocks(text)) {
    const line = text.slice(block.start, block.end);
    if (line.trim() === '') continue;
    if (isMostlyCjk(line)) {
      for (const span of cjkSentences(text, block.start, block.end)) sentences.push({ span, tokens: [] });
      continue;
    }
    const { tokens, sentences: ranges } = tokeniseBlock(line, block.start);
    let pending: Token[] = [];
    for (const [first, last] of ranges) {
      const inside = [...pending, ...tokens.slice(first, last + 1)];
      const words = inside.filter((token) => token.isWord || !listMarker.test(token.lower));
      const joined = inside.map((token) => token.lower).join('');
      if (listMarker.test(joined) || words.length === 0) {
        pending = inside;
        continue;
      }
      pending = [];
      const start = inside[0]?.start ?? block.start;
      const end = inside.at(-1)?.end ?? block.end;
      const span = trimSpan(text, start, end);
      if (span) sentences.push({ span, tokens: inside });
    }
    if (pending.length > 0) {
      const span = trimSpan(text, pending[0]?.start ?? block.start, pending.at(-1)?.end ?? block.end);
      if (span) sentences.push({ span, tokens: pending });
    }
  }
  return sentences;
}
