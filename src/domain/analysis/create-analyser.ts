import { segmentSentences } from '../text/segment-sentences.ts';
import type { Span } from '../text/span.ts';
import { compileActorFinder } from './actors.ts';
import { findCjkAtmosphere, findEnglishAtmosphere } from './atmosphere.ts';
import { cjkModality, englishModality } from './modality.ts';
import { chooseCue, findCjkCues, findEnglishCues, type ActCue } from './speech-acts.ts';
import { compileTermMatcher, type TopicMatch } from './term-matcher.ts';
import {
  codebookVersion, type Analysis, type AnalysisContext, type AtmosphereTerm, type Claim, type Sentence, type Taxonomy,
} from './types.ts';
import { validateTaxonomy } from './validate-taxonomy.ts';

/** Turns a text into its analysis; total and deterministic. */
export type Analyse = (text: string, context: AnalysisContext) => Analysis;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** One claim per topic per sentence: the first mention (the evidence an analyst reads first). */
function firstPerTopic(matches: readonly TopicMatch[]): TopicMatch[] {
  const seen = new Set<string>();
  return [...matches].sort((a, b) => a.span.start - b.span.start || a.topic.localeCompare(b.topic)).filter((match) => {
    if (seen.has(match.topic)) return false;
    seen.add(match.topic);
    return true;
  });
}

/**
 * Checks and compiles a taxonomy once (throws AppError `invalid-taxonomy`) and returns
 * the analyser. For every sentence it finds topic mentions, then for each mention the
 * act the sentence attributes (see `chooseCue`), its actor, and its modality.
 *
 * Confidence: the act's (0.9 governing or nearest cue before the topic, 0.7 cue after
 * it, 0.5 no cue: default `state`) times the topic match's (0.9 English lemma phrase,
 * 0.85 CJK substring), rounded to 2 decimals.
 */
export function createAnalyser(taxonomy: Taxonomy): Analyse {
  validateTaxonomy(taxonomy);
  const matcher = compileTermMatcher(taxonomy);

  return function analyse(text, context) {
    const findActor = compileActorFinder(context);
    const sentences: Sentence[] = [];
    const claims: Claim[] = [];
    const atmosphere: AtmosphereTerm[] = [];
    for (const [index, segment] of segmentSentences(text).entries()) {
      const span: Span = segment.span;
      sentences.push({ index, span });
      const isEnglish = segment.tokens.length > 0;
      const matches = firstPerTopic([...(isEnglish ? matcher.matchEnglish(segment.tokens) : []), ...matcher.matchCjk(text, span)]);
      const cues: ActCue[] = isEnglish ? findEnglishCues(segment.tokens) : findCjkCues(text, span);
      for (const hit of isEnglish ? findEnglishAtmosphere(segment.tokens) : findCjkAtmosphere(text, span)) {
        atmosphere.push({ descriptor: hit.descriptor, span: hit.span, sentenceIndex: index });
      }
      for (const match of matches) {
        const chosen = chooseCue(cues, match.span.start);
        const act = chosen
          ? { act: chosen.cue.act, confidence: chosen.confidence, rule: { term: chosen.cue.term, pattern: chosen.cue.pattern }, span: chosen.cue.span }
          : { act: 'state' as const, confidence: 0.5, rule: { term: '', pattern: 'default-state' } };
        claims.push({
          sentenceIndex: index,
          topic: match.topic,
          evidence: match.span,
          topicRule: match.rule,
          act,
          actor: findActor(text, span, chosen?.cue.span.start),
          modality: isEnglish ? englishModality(segment.tokens, chosen?.cue.span, match.span) : cjkModality(text, span),
          confidence: round2(act.confidence * match.confidence),
        });
      }
    }
    claims.sort((a, b) => a.evidence.start - b.evidence.start || a.topic.localeCompare(b.topic));
    return { codebook: codebookVersion, taxonomyVersion: taxonomy.version, language: context.language, sentences, claims, atmosphere };
  };
}
