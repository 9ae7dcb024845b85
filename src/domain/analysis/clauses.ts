import type { Span } from '../text/span.ts';
import type { Token } from '../text/tokens.ts';

const breakMarks: ReadonlySet<string> = new Set([';', ':', '—', '–']);
const contrastive: ReadonlySet<string> = new Set(['but', 'whereas', 'while', 'although', 'though', 'yet']);
/** Words that can open a new clause after ", and": a subject or a verb, not the next item of a list. */
const clauseOpeners: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'VERB', 'AUX', 'NUM']);
const cjkBreaks: ReadonlySet<string> = new Set(['，', '；', '：', ',', ';', ':']);

/**
 * Offsets where a new clause starts in an English sentence, ascending: after ";" ":" or a
 * dash; at "but", "whereas", "while" (not "but also"); at ", and" before a subject or a
 * verb; and at "and" before a finite verb ("… and agreed", "… and will", but not "agreed
 * to strengthen and expand", where the infinitives share one governing verb).
 */
export function findClauseStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    if (!next) break;
    const previous = tokens[i - 1];
    if (breakMarks.has(token.lower)) starts.push(next.start);
    else if (contrastive.has(token.lower) && next.lower !== 'also' && i > 0) starts.push(token.start);
    else if (token.lower === 'and' && previous?.lower === ',' && clauseOpeners.has(next.pos)) starts.push(token.start);
    else if (token.lower === 'and' && ((next.pos === 'VERB' && next.lower !== next.lemma) || next.pos === 'AUX')) starts.push(token.start);
  }
  return starts;
}

/** Offsets where a new clause starts in a Chinese sentence (after ，；：), ascending. */
export function findCjkClauseStarts(text: string, sentence: Span): number[] {
  const starts: number[] = [];
  for (let i = sentence.start; i < sentence.end - 1; i += 1) if (cjkBreaks.has(text[i] ?? '')) starts.push(i + 1);
  return starts;
}

/** The clause of `sentence` that contains `offset`, given its clause starts (ascending). */
export function clauseAt(starts: readonly number[], sentence: Span, offset: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const at of starts) {
    if (at <= offset) start = at;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}
