import type { Span } from '../text/span.ts';
import { tokeniseBlock, type Token } from '../text/tokens.ts';
import type { Rule, Taxonomy } from './types.ts';

/** One topic mention found in a sentence. */
export interface TopicMatch {
  readonly topic: string;
  readonly span: Span;
  readonly rule: Rule;
  /** 0..1: word-level English matches are surer than CJK substrings. */
  readonly confidence: number;
}

interface EnglishTerm {
  readonly topic: string;
  readonly term: string;
  /** Normalised word forms of the term, in order. */
  readonly words: readonly string[];
}

/** The compiled matcher of one taxonomy; build once, call per sentence. */
export interface TermMatcher {
  matchEnglish(tokens: readonly Token[]): TopicMatch[];
  matchCjk(text: string, span: Span): TopicMatch[];
}

/** The forms a word may be matched by: lemma, surface, and a naive singular ("chipmakers" → "chipmaker"). */
export function wordForms(token: Pick<Token, 'lower' | 'lemma'>): string[] {
  const forms = new Set([token.lemma, token.lower]);
  for (const form of [token.lemma, token.lower]) {
    if (form.length > 4 && form.endsWith('ies')) forms.add(`${form.slice(0, -3)}y`);
    else if (form.length > 3 && form.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(form)) forms.add(form.slice(0, -2));
    else if (form.length > 3 && form.endsWith('s') && !form.endsWith('ss')) forms.add(form.slice(0, -1));
  }
  return [...forms];
}

/** A term's normalised words: hyphens and slashes split words ("supply-chain" = "supply chain"). */
function termWords(term: string): string[] {
  const { tokens } = tokeniseBlock(term.replace(/[-/]/g, ' ').toLowerCase(), 0);
  return tokens.filter((token) => token.isWord).map((token) => token.lemma);
}

const sameWord = (token: Token, word: string) => wordForms(token).includes(word);

/**
 * Compiles the taxonomy's terms. English terms match word by word on lemmas (so
 * "supply chains" hits "supply chain" and "chipmakers" hits "chipmaker") and never
 * inside a word; an `excludes` phrase covering the match vetoes it ("potato chips").
 * Chinese, Korean and Japanese terms match as substrings, since those scripts do not
 * separate words and Korean particles attach to nouns.
 */
export function compileTermMatcher(taxonomy: Taxonomy): TermMatcher {
  const englishByFirstWord = new Map<string, EnglishTerm[]>();
  const excludes: { topic: string; words: string[] }[] = [];
  const cjkTerms: { topic: string; term: string }[] = [];
  for (const topic of taxonomy.topics) {
    for (const term of topic.terms.en ?? []) {
      const words = termWords(term);
      const first = words[0];
      if (first === undefined) continue;
      englishByFirstWord.set(first, [...(englishByFirstWord.get(first) ?? []), { topic: topic.id, term, words }]);
    }
    for (const phrase of topic.excludes ?? []) {
      const words = termWords(phrase);
      if (words.length > 0) excludes.push({ topic: topic.id, words });
    }
    for (const language of ['zh', 'ko', 'ja'] as const) {
      for (const term of topic.terms[language] ?? []) if (term.trim() !== '') cjkTerms.push({ topic: topic.id, term: term.trim() });
    }
  }
  // Longest terms first, so "rare earth element" wins over "rare earth" at the same place.
  for (const terms of englishByFirstWord.values()) terms.sort((a, b) => b.words.length - a.words.length);
  cjkTerms.sort((a, b) => b.term.length - a.term.length);

  function isExcluded(topic: string, words: readonly Token[], from: number, to: number): boolean {
    return excludes.some((exclude) => {
      if (exclude.topic !== topic) return false;
      for (let start = Math.max(0, to - exclude.words.length); start <= from; start += 1) {
        const end = start + exclude.words.length - 1;
        if (end < to - 1 || end >= words.length) continue;
        if (exclude.words.every((word, k) => { const token = words[start + k]; return token !== undefined && sameWord(token, word); })) return true;
      }
      return false;
    });
  }

  return {
    matchEnglish(tokens) {
      const words = tokens.filter((token) => token.isWord);
      const matches: TopicMatch[] = [];
      let i = 0;
      while (i < words.length) {
        const token = words[i];
        if (!token) break;
        const candidates = wordForms(token).flatMap((form) => englishByFirstWord.get(form) ?? []);
        const hit = candidates
          .sort((a, b) => b.words.length - a.words.length)
          .find((term) => term.words.every((word, k) => { const t = words[i + k]; return t !== undefined && sameWord(t, word); })
            && !isExcluded(term.topic, words, i, i + term.words.length));
        if (!hit) {
          i += 1;
          continue;
        }
        const last = words[i + hit.words.length - 1] ?? token;
        matches.push({ topic: hit.topic, span: { start: token.start, end: last.end }, rule: { term: hit.term, pattern: 'lemma-phrase' }, confidence: 0.9 });
        i += hit.words.length;
      }
      return matches;
    },

    matchCjk(text, span) {
      const sentence = text.slice(span.start, span.end);
      const taken: Span[] = [];
      const matches: TopicMatch[] = [];
      for (const { topic, term } of cjkTerms) {
        let from = 0;
        for (;;) {
          const at = sentence.indexOf(term, from);
          if (at === -1) break;
          const match = { start: span.start + at, end: span.start + at + term.length };
          from = at + term.length;
          if (taken.some((t) => t.start < match.end && match.start < t.end)) continue;
          taken.push(match);
          matches.push({ topic, span: match, rule: { term, pattern: 'cjk-substring' }, confidence: 0.85 });
        }
      }
      return matches.sort((a, b) => a.span.start - b.span.start);
    },
  };
}
