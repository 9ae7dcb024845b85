import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './span.ts';

/** One word or mark of the text, with its place and normalised forms. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased surface form. */
  readonly lower: string;
  /** Lower-cased lemma ("agreed" → "agree"); equals `lower` where the model has none. */
  readonly lemma: string;
  /** Universal POS tag, or "X" where unknown. */
  readonly pos: string;
  readonly isWord: boolean;
}

/** Tokens and sentences (as token index ranges, inclusive) of one block of text. */
export interface TokenisedBlock {
  readonly tokens: readonly Token[];
  readonly sentences: readonly (readonly [number, number])[];
}

type Nlp = ReturnType<typeof winkNLP>;

/**
 * wink-nlp's typings declare its.lemma with a model-addons parameter its ItsFunction
 * type does not accept; at run time it is a string-valued token property like its.value.
 */
function lemmaOf(its: Nlp['its']): Nlp['its']['value'] {
  return its.lemma as unknown as Nlp['its']['value'];
}
let nlp: Nlp | undefined;

function englishNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const wordPattern = /[\p{L}\p{N}]/u;

/** A plain fallback tokeniser: word runs and single marks, one sentence per block. */
function fallbackTokens(text: string, offset: number): TokenisedBlock {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    const value = match[0];
    const start = offset + (match.index ?? 0);
    tokens.push({ start, end: start + value.length, lower: value.toLowerCase(), lemma: value.toLowerCase(), pos: 'X', isWord: wordPattern.test(value) });
  }
  return { tokens, sentences: tokens.length > 0 ? [[0, tokens.length - 1]] : [] };
}

/**
 * Tokenises one line of English (or mixed) text with wink-nlp, mapping every token
 * back to offsets in the original string. If the mapping ever loses its place (wink
 * normalises some characters), the whole block falls back to a plain tokeniser, so
 * offsets are always exact. `offset` is where the block starts in the full text.
 */
export function tokeniseBlock(text: string, offset: number): TokenisedBlock {
  try {
    const engine = englishNlp();
    const its = engine.its;
    const doc = engine.readDoc(text);
    const values = doc.tokens().out(its.value);
    const lemmas = doc.tokens().out(lemmaOf(its));
    const tags = doc.tokens().out(its.pos);
    const tokens: Token[] = [];
    let position = 0;
    for (const [i, value] of values.entries()) {
      const at = text.indexOf(value, position);
      if (value.length === 0 || at === -1 || text.slice(position, at).trim() !== '') return fallbackTokens(text, offset);
      position = at + value.length;
      const lower = value.toLowerCase();
      tokens.push({
        start: offset + at, end: offset + position, lower,
        lemma: (lemmas[i] ?? lower).toLowerCase(), pos: tags[i] ?? 'X', isWord: wordPattern.test(value),
      });
    }
    const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
    return { tokens, sentences: sentences.filter(([first, last]) => first <= last && last < tokens.length) };
  } catch {
    return fallbackTokens(text, offset);
  }
}

/** The tokens lying inside `span`. */
export function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  return tokens.filter((token) => token.start >= span.start && token.end <= span.end);
}
