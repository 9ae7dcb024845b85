import { tokeniseBlock } from './tokens.ts';

const cjkRun = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/gu;
/** Longest text lemmatised in one go; longer inputs are cut (sentences are far shorter). */
const maxChars = 20_000;

/** Character bigrams of a CJK run ("半导体" → "半导", "导体"): words are not space-separated there. */
function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

/**
 * Lower-cased lemmas of the words of `text` in order ("Chipmakers agreed" → "chipmaker",
 * "agree"); punctuation is dropped and CJK runs become character bigrams. Total: any
 * string gives an array, never an exception.
 */
export function lemmatise(text: string): string[] {
  const input = text.length > maxChars ? text.slice(0, maxChars) : text;
  const cjk = [...input.matchAll(cjkRun)].flatMap((match) => bigrams(match[0]));
  // Lower case first: a capitalised word at a sentence start is tagged a proper noun and keeps its plural.
  const latin = input.replace(cjkRun, ' ').toLowerCase();
  const words = tokeniseBlock(latin, 0).tokens.filter((token) => token.isWord).map((token) => token.lemma);
  return [...words, ...cjk];
}
