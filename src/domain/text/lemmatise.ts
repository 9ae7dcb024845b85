import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/**
 * wink-nlp's typings declare its.lemma with a model-addons parameter its ItsFunction
 * type does not accept; at run time it is a string-valued token property like its.value.
 */
function lemmaOf(its: Nlp['its']): Nlp['its']['value'] {
  return its.lemma as unknown as Nlp['its']['value'];
}
let nlp: Nlp | undefined;

/** Built on first use: loading the model takes a moment that not every process needs. */
function englishNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

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
 * Lower-cased lemmas of the words of `text` in order ("Chipmakers agreed" → "chipmakers",
 * "agree"); punctuation is dropped and CJK runs become character bigrams. Total: any
 * string gives an array, never an exception.
 */
export function lemmatise(text: string): string[] {
  const input = text.length > maxChars ? text.slice(0, maxChars) : text;
  const cjk = [...input.matchAll(cjkRun)].flatMap((match) => bigrams(match[0]));
  const latin = input.replace(cjkRun, ' ');
  try {
    // Lower case first: a capitalised word at a sentence start is tagged a proper noun and keeps its plural.
    const doc = englishNlp().readDoc(latin.toLowerCase());
    const its = englishNlp().its;
    const types = doc.tokens().out(its.type);
    const lemmas = doc.tokens().out(lemmaOf(its)).filter((_lemma, i) => types[i] === 'word' || types[i] === 'number');
    return [...lemmas.map((lemma) => lemma.toLowerCase()), ...cjk];
  } catch {
    return [...latin.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean), ...cjk];
  }
}
