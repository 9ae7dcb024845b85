import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or mark of a text: offsets into the original string, and normalised forms. */
export interface Token {
  /** Half-open UTF-16 offsets: text.slice(start, end) is the token as written. */
  readonly start: number;
  readonly end: number;
  /** Lower-cased surface form. */
  readonly lower: string;
  /** Lower-cased lemma ("agreed" → "agree"); equals `lower` where the model has none. */
  readonly lemma: string;
  /** Universal POS tag from wink-nlp, or "X" where unknown (the fallback tokeniser). */
  readonly pos: string;
  /** Holds a letter or digit (not punctuation, symbols or space). */
  readonly isWord: boolean;
  /** Forms a taxonomy term or act cue may match: see `wordForms`. Never empty. */
  readonly forms: readonly string[];
}

/** Tokens of one block of text and its sentences, as inclusive token index ranges. */
export interface TokenisedBlock {
  readonly tokens: readonly Token[];
  readonly sentences: readonly (readonly [first: number, last: number])[];
}

/** Naive English singular ("chipmakers" → "chipmaker", "economies" → "economy"), or undefined. */
function singularOf(form: string): string | undefined {
  if (form.length > 4 && form.endsWith('ies')) return `${form.slice(0, -3)}y`;
  if (form.length > 4 && /(?:ss|x|ch|sh)es$/u.test(form)) return form.slice(0, -2);
  if (form.length > 3 && form.endsWith('s') && !form.endsWith('ss') && !form.endsWith('us') && !form.endsWith('is')) return form.slice(0, -1);
  return undefined;
}

/**
 * The forms a word may be matched by: its lemma, its lower-cased surface, a naive
 * singular of each (the model has no lemma for words it does not know, "chipmakers",
 * and keeps plurals on capitalised words it tags as proper nouns), and the surface
 * without a final dot.
 */
export function wordForms(lower: string, lemma: string): string[] {
  // wink keeps a final dot on some words it takes for abbreviations ("chip in." → "in.").
  const bare = lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : undefined;
  const forms = [lemma, lower, singularOf(lower), singularOf(lemma), bare].filter((form): form is string => form !== undefined && form !== '');
  return [...new Set(forms)];
}

type Nlp = ReturnType<typeof winkNLP>;

/**
 * wink-nlp's typings declare its.lemma with a model-addons parameter its ItsFunction
 * type does not accept; at run time it is a string-valued token property like its.value.
 */
function lemmaOf(its: Nlp['its']): Nlp['its']['value'] {
  return its.lemma as unknown as Nlp['its']['value'];
}

// Loading the model takes about 100 ms, so it happens on first use, once per process.
let nlp: Nlp | undefined;

function englishNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const wordPattern = /[\p{L}\p{N}]/u;
/**
 * Word runs (with inner apostrophes, dots and hyphens: "don't", "U.S", "e-mail") or single
 * marks. Separators are outside the word class, so matching stays linear.
 */
const fallbackPattern = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const sentenceMarks: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
const closers: ReadonlySet<string> = new Set(['"', '\'', '”', '’', ')', ']', '»']);

function makeToken(start: number, value: string, lemma: string, pos: string): Token {
  const lower = value.toLowerCase();
  const lemmaLower = lemma.toLowerCase() || lower;
  return { start, end: start + value.length, lower, lemma: lemmaLower, pos, isWord: wordPattern.test(value), forms: wordForms(lower, lemmaLower) };
}

/**
 * A plain tokeniser for when wink-nlp cannot be trusted with a block: word runs and
 * single marks, with a sentence ending after each run of . ! ? … and its closing quotes
 * (segmentSentences then re-joins the splits after abbreviations).
 */
export function fallbackTokenise(text: string, offset: number): TokenisedBlock {
  const tokens: Token[] = [];
  for (const match of text.matchAll(fallbackPattern)) {
    tokens.push(makeToken(offset + match.index, match[0], match[0], 'X'));
  }
  const sentences: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!sentenceMarks.has(tokens[i]?.lower ?? '')) continue;
    let last = i;
    while (last + 1 < tokens.length && (sentenceMarks.has(tokens[last + 1]?.lower ?? '') || closers.has(tokens[last + 1]?.lower ?? ''))) last += 1;
    sentences.push([first, last]);
    first = last + 1;
    i = last;
  }
  if (first < tokens.length) sentences.push([first, tokens.length - 1]);
  return { tokens, sentences };
}

/**
 * Tokenises one block of English (or mixed) text with wink-nlp and maps every token back
 * to offsets in the original string by walking the token values through it; if the walk
 * ever loses its place, or wink throws, the block goes to `fallbackTokenise` instead, so
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
    // wink index → our index: tokens that are only white space ("\t") are walked over and dropped.
    const kept: number[] = [];
    let position = 0;
    for (const [i, value] of values.entries()) {
      let at = position;
      while (value.length > 0 && !text.startsWith(value, at)) {
        if (at >= text.length || !/\s/u.test(text[at] ?? '')) return fallbackTokenise(text, offset);
        at += 1;
      }
      if (value.length === 0) return fallbackTokenise(text, offset);
      position = at + value.length;
      kept.push(tokens.length);
      if (value.trim() !== '') tokens.push(makeToken(offset + at, value, lemmas[i] ?? value, tags[i] ?? 'X'));
    }
    if (text.slice(position).trim() !== '') return fallbackTokenise(text, offset);
    const whole: [number, number][] = tokens.length > 0 ? [[0, tokens.length - 1]] : [];
    const spans = doc.sentences().out(its.span) as unknown as readonly (readonly [number, number])[];
    const sentences: [number, number][] = [];
    let next = 0;
    for (const [first, last] of spans) {
      // Any gap or overlap in wink's ranges means we cannot trust them: one sentence per block.
      if (first !== next || last < first || last >= values.length) return { tokens, sentences: whole };
      next = last + 1;
      const from = kept[first] ?? tokens.length;
      const to = (kept[last + 1] ?? tokens.length) - 1;
      if (from <= to) sentences.push([from, to]);
    }
    if (next !== values.length) return { tokens, sentences: whole };
    return { tokens, sentences };
  } catch {
    return fallbackTokenise(text, offset);
  }
}
