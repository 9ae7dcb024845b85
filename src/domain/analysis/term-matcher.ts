import { isCjkCode } from '../text/scripts.ts';
import type { Span } from '../text/span.ts';
import { compileSubstringIndex } from '../text/substring-index.ts';
import { tokeniseBlock, wordForms, type Token } from '../text/tokens.ts';
import type { Rule, Taxonomy } from './types.ts';

/** One topic mention found in a sentence. */
export interface TopicMatch {
  readonly topic: string;
  /** The matched words as written: text.slice(span.start, span.end). */
  readonly span: Span;
  readonly rule: Rule;
  /** 0..1: word-level English matches (0.9) are surer than CJK substrings (0.85). */
  readonly confidence: number;
}

/** The compiled matcher of one taxonomy; build once, call per sentence. */
export interface TermMatcher {
  /** English topic mentions among a sentence's tokens, left to right, non-overlapping. */
  matchEnglish(tokens: readonly Token[]): TopicMatch[];
  /** Chinese, Japanese and Korean topic mentions in text[span], left to right, non-overlapping. */
  matchCjk(text: string, span: Span): TopicMatch[];
}

/** A phrase compiled to the forms each of its words may take. */
interface CompiledPhrase {
  readonly topic: string;
  readonly term: string;
  readonly words: readonly ReadonlySet<string>[];
}

const englishConfidence = 0.9;
const cjkConfidence = 0.85;

/**
 * A term's words as sets of acceptable forms (lemma and surface, lower case). Hyphens,
 * dashes and slashes separate words, so "supply-chain" and "supply chain" are one term.
 */
function phraseWords(phrase: string): ReadonlySet<string>[] {
  const { tokens } = tokeniseBlock(phrase.replace(/[-/–—]/gu, ' ').toLowerCase(), 0);
  return tokens.filter((token) => token.isWord).map((token) => new Set([token.lemma, token.lower]));
}

/**
 * A word written with inner hyphens as one part per piece. wink-nlp keeps prefixed words
 * whole ("anti-subsidy", "non-proliferation") while it splits "supply-chain"; terms are
 * compiled with hyphens as spaces, so both writings must reach the matcher as pieces.
 */
function hyphenPieces(token: Token): Token[] {
  if (!/\p{L}-\p{L}/u.test(token.lower)) return [token];
  const pieces: Token[] = [];
  let at = 0;
  for (const piece of token.lower.split('-')) {
    if (piece !== '') {
      pieces.push({ ...token, start: token.start + at, end: token.start + at + piece.length, lower: piece, lemma: piece, forms: wordForms(piece, piece) });
    }
    at += piece.length + 1;
  }
  return pieces;
}

const hasCjk = (value: string) => [...value].some((char) => isCjkCode(char.charCodeAt(0)));

/** Whether the words from `at` on spell `phrase`: each token offers a form the phrase word accepts. */
function spellsAt(words: readonly Token[], at: number, phrase: CompiledPhrase): boolean {
  return phrase.words.every((accepted, k) => words[at + k]?.forms.some((form) => accepted.has(form)) ?? false);
}

/**
 * Compiles the taxonomy's terms once. English terms match word by word on lemmas and
 * surface forms, never inside a word: "supply chains" hits "supply chain", "chipmakers"
 * hits "chipmaker", "chips" hits "chip", and the longest term wins where several start
 * together. An `excludes` phrase of the same topic that covers a match vetoes it
 * ("potato chips", "通商资源部"). CJK terms match as exact substrings, since those scripts
 * do not separate words and Korean particles attach to nouns.
 */
export function compileTermMatcher(taxonomy: Taxonomy): TermMatcher {
  const byFirstForm = new Map<string, CompiledPhrase[]>();
  const excludesByTopic = new Map<string, CompiledPhrase[]>();
  const cjkEntries: [string, { topic: string; term: string }][] = [];
  const cjkExcludesByTopic = new Map<string, string[]>();
  for (const topic of taxonomy.topics) {
    for (const term of topic.terms.en ?? []) {
      const words = phraseWords(term);
      for (const form of words[0] ?? []) byFirstForm.set(form, [...(byFirstForm.get(form) ?? []), { topic: topic.id, term, words }]);
    }
    for (const phrase of topic.excludes ?? []) {
      if (hasCjk(phrase)) {
        cjkExcludesByTopic.set(topic.id, [...(cjkExcludesByTopic.get(topic.id) ?? []), phrase.trim()]);
        continue;
      }
      const words = phraseWords(phrase);
      if (words.length > 0) excludesByTopic.set(topic.id, [...(excludesByTopic.get(topic.id) ?? []), { topic: topic.id, term: phrase, words }]);
    }
    for (const language of ['zh', 'ko', 'ja'] as const) {
      for (const term of topic.terms[language] ?? []) cjkEntries.push([term.trim(), { topic: topic.id, term: term.trim() }]);
    }
  }
  const byLength = (a: CompiledPhrase, b: CompiledPhrase) =>
    b.words.length - a.words.length || a.topic.localeCompare(b.topic) || a.term.localeCompare(b.term);
  for (const phrases of byFirstForm.values()) phrases.sort(byLength);
  const cjkIndex = compileSubstringIndex(cjkEntries);

  /** Whether an exclude of `topic` spans words [from, to) of the sentence. */
  function isExcluded(topic: string, words: readonly Token[], from: number, to: number): boolean {
    return (excludesByTopic.get(topic) ?? []).some((exclude) => {
      for (let start = Math.max(0, to - exclude.words.length); start <= from; start += 1) {
        if (spellsAt(words, start, exclude)) return true;
      }
      return false;
    });
  }

  /** Whether a CJK exclude of `topic` inside the sentence covers the match ("通商资源部" around "通商"). */
  function isCjkExcluded(topic: string, text: string, sentence: Span, match: Span): boolean {
    return (cjkExcludesByTopic.get(topic) ?? []).some((exclude) => {
      for (let at = Math.max(sentence.start, match.end - exclude.length); at <= match.start; at += 1) {
        if (at + exclude.length <= sentence.end && text.startsWith(exclude, at)) return true;
      }
      return false;
    });
  }

  return {
    matchEnglish(tokens) {
      const words = tokens.filter((token) => token.isWord).flatMap(hyphenPieces);
      const matches: TopicMatch[] = [];
      let i = 0;
      while (i < words.length) {
        const token = words[i];
        if (!token) break;
        // Most words start no term: look up before building anything.
        const lists = token.forms.flatMap((form) => byFirstForm.get(form) ?? []);
        const candidates = lists.length > 1 ? [...new Set(lists)].sort(byLength) : lists;
        const hit = candidates.find((phrase) => spellsAt(words, i, phrase) && !isExcluded(phrase.topic, words, i, i + phrase.words.length));
        const last = hit && words[i + hit.words.length - 1];
        if (!hit || !last) {
          i += 1;
          continue;
        }
        matches.push({ topic: hit.topic, span: { start: token.start, end: last.end }, rule: { term: hit.term, pattern: 'lemma-phrase' }, confidence: englishConfidence });
        i += hit.words.length;
      }
      return matches;
    },

    matchCjk(text, span) {
      return cjkIndex.findAll(text, span).filter(({ value, span: at }) => !isCjkExcluded(value.topic, text, span, at)).map(({ value, span: at }) => ({
        topic: value.topic, span: at, rule: { term: value.term, pattern: 'cjk-substring' }, confidence: cjkConfidence,
      }));
    },
  };
}
