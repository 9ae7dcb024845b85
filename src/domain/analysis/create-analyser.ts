import { isVerbFinal } from '../text/scripts.ts';
import { segmentBlock, sentenceBlocks, type SegmentedSentence } from '../text/segment-sentences.ts';
import type { Span } from '../text/span.ts';
import { compileActorFinder, type ActorFinder, type ActorQuery, type SentenceActors } from './actors.ts';
import { findCjkAtmosphere, findEnglishAtmosphere } from './atmosphere.ts';
import { clauseAt, findCjkClauseStarts, findClauseStarts } from './clauses.ts';
import { cjkModality, englishModality } from './modality.ts';
import { chooseCue, findCjkCues, findEnglishCues, isModal, type ActCue, type ChosenCue } from './speech-acts.ts';
import { compileTermMatcher, type TermMatcher, type TopicMatch } from './term-matcher.ts';
import {
  codebookVersion, type ActLabel, type Analysis, type AnalysisContext, type AtmosphereTerm, type Claim, type Sentence, type Taxonomy,
} from './types.ts';
import { validateTaxonomy } from './validate-taxonomy.ts';

/** Turns a statement text into its analysis; total (any string, never throws) and deterministic. */
export type Analyse = (text: string, context: AnalysisContext) => Analysis;

/**
 * The same analysis as a sequence of small steps: each `next()` does one block's sentence
 * split or one sentence's labels (a few milliseconds at most), and the last returns the
 * Analysis, equal to what `Analyse` returns for the same input. The caller decides when to
 * pause between steps (the service yields to the event loop); the core keeps no clock.
 */
export type AnalyseInSteps = (text: string, context: AnalysisContext) => Generator<void, Analysis, void>;

const round2 = (value: number) => Math.round(value * 100) / 100;
const defaultState: ActLabel = { act: 'state', confidence: 0.5, rule: { term: '', pattern: 'default-state' } };

/**
 * One claim per topic per sentence: its first mention, the evidence an analyst reads
 * first (two terms of one topic in a sentence are one claim, not two).
 */
function firstPerTopic(matches: readonly TopicMatch[]): TopicMatch[] {
  const seen = new Set<string>();
  return [...matches].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.topic.localeCompare(b.topic)).filter((match) => {
    if (seen.has(match.topic)) return false;
    seen.add(match.topic);
    return true;
  });
}

function labelOf(chosen: ChosenCue | undefined): ActLabel {
  if (!chosen) return defaultState;
  const { cue, confidence } = chosen;
  return { act: cue.act, confidence, rule: { term: cue.term, pattern: cue.pattern }, span: cue.span };
}

/**
 * Where to look for the actor of an act: before the cue, starting at its clause. A
 * reported act ("Wang said Korea welcomed …") is looked for after the reporting `state`
 * cue, so the reporter is not taken for the actor; but a reported proposal ("Wang said
 * the two sides should expand …", "习近平指出，两国应…") is the reporter's own act, so its
 * actor is looked for before the reporting cue.
 */
function actorQueryOf(cues: readonly ActCue[], cue: ActCue, clause: Span): ActorQuery {
  if (cue.act === 'state') return { cueStart: cue.span.start, regionStart: clause.start };
  const reporters = cues.filter((c) => c.act === 'state' && c.span.end <= cue.span.start);
  // The proposal's reporter may stand in an earlier clause: "习近平指出，两国应…".
  const proposer = reporters.at(-1);
  if (proposer && cues.some((c) => isModal(c) && c.span.start >= proposer.span.end && c.span.start <= cue.span.start)) {
    return { cueStart: proposer.span.start };
  }
  const reporter = reporters.filter((c) => c.span.start >= clause.start).at(-1);
  return { cueStart: cue.span.start, regionStart: reporter?.span.end ?? clause.start };
}

/** Claims and atmosphere of one sentence. */
function analyseSentence(
  text: string, index: number, segment: SegmentedSentence, matcher: TermMatcher,
  actorsIn: (text: string, sentence: Span, isVerbFinal: boolean) => SentenceActors,
): { claims: Claim[]; atmosphere: AtmosphereTerm[] } {
  const { span, tokens, isCjk } = segment;
  const atmosphere = (isCjk ? findCjkAtmosphere(text, span) : findEnglishAtmosphere(tokens))
    .map((hit) => ({ descriptor: hit.descriptor, span: hit.span, sentenceIndex: index }));
  const matches = firstPerTopic([...(isCjk ? [] : matcher.matchEnglish(tokens)), ...matcher.matchCjk(text, span)]);
  if (matches.length === 0) return { claims: [], atmosphere };
  const verbFinal = isCjk && isVerbFinal(text, span.start, span.end);
  const cues = isCjk ? findCjkCues(text, span) : findEnglishCues(tokens);
  const clauseStarts = isCjk ? (verbFinal ? [] : findCjkClauseStarts(text, span)) : findClauseStarts(tokens);
  const actorOf = actorsIn(text, span, verbFinal);
  const sentenceModality = isCjk ? cjkModality(text, span) : undefined;
  const claims = matches.map((match): Claim => {
    const topicClause = clauseAt(clauseStarts, span, match.span.start);
    const chosen = chooseCue(cues, match.span, { clause: topicClause, isVerbFinal: verbFinal });
    const act = labelOf(chosen);
    const cueClause = chosen ? clauseAt(clauseStarts, span, chosen.cue.span.start) : topicClause;
    const actor = actorOf(chosen ? actorQueryOf(cues, chosen.cue, verbFinal ? span : cueClause) : {});
    const scope = { start: Math.min(cueClause.start, topicClause.start), end: Math.max(cueClause.end, topicClause.end) };
    return {
      sentenceIndex: index,
      topic: match.topic,
      evidence: match.span,
      topicRule: match.rule,
      act,
      actor,
      modality: sentenceModality ?? englishModality(tokens, scope, chosen?.cue.span, match.span),
      confidence: round2(act.confidence * match.confidence),
    };
  });
  return { claims, atmosphere };
}

/**
 * Checks and compiles a taxonomy once (throws AppError `invalid-taxonomy`, see
 * validateTaxonomy) and returns the analyser. Per sentence it finds topic mentions (one
 * claim per topic), and for each the act the sentence attributes to it (chooseCue), who
 * acts (compileActorFinder) and the modality flags; plus atmosphere descriptors.
 *
 * Confidence of a claim = act confidence × topic confidence, rounded to two decimals.
 * Act: 0.9 a governing cue (agreed to…, asked … to), 0.85 the nearest cue, 0.7 a cue on
 * the far side of the mention; ×0.8 for a modal ("should": request), ×2/3 for a `state`
 * cue (stressed, said); −0.1 when the cue is outside the mention's clause; 0.6 a noun cue
 * ("sanctions"); 0.5 no cue (default `state`). Topic: 0.9 English lemma match, 0.85 CJK
 * substring. So an agreed English topic scores 0.81 and an uncued one 0.45.
 */
export function createAnalyser(taxonomy: Taxonomy): Analyse {
  const analyseInSteps = createSteppedAnalyser(taxonomy);
  return function analyse(text, context) {
    const steps = analyseInSteps(text, context);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  };
}

const actorFinderCacheSize = 64;

/** createAnalyser's analysis in small steps (see AnalyseInSteps); checks and compiles the taxonomy the same way. */
export function createSteppedAnalyser(taxonomy: Taxonomy): AnalyseInSteps {
  validateTaxonomy(taxonomy);
  const matcher = compileTermMatcher(taxonomy);
  // Readouts of one meeting share their parties: the actor finder (a substring index over
  // every party name) is compiled once per set of parties, not once per readout, where it
  // cost about 4% of an analysis. Bounded, oldest out.
  const finders = new Map<string, ActorFinder>();
  const actorFinderFor = (context: AnalysisContext): ActorFinder => {
    const key = JSON.stringify([context.self, context.others]);
    let finder = finders.get(key);
    if (!finder) {
      finder = compileActorFinder(context);
      if (finders.size >= actorFinderCacheSize) finders.delete(finders.keys().next().value ?? '');
      finders.set(key, finder);
    }
    return finder;
  };

  return function* analyseInSteps(text, context) {
    const input = typeof text === 'string' ? text : '';
    const actorsIn = actorFinderFor(context);
    const sentences: Sentence[] = [];
    const claims: Claim[] = [];
    const atmosphere: AtmosphereTerm[] = [];
    for (const block of sentenceBlocks(input)) {
      const segments = segmentBlock(input, block, context.language);
      yield;
      for (const segment of segments) {
        const index = sentences.length;
        sentences.push({ index, span: segment.span });
        const found = analyseSentence(input, index, segment, matcher, actorsIn);
        claims.push(...found.claims);
        atmosphere.push(...found.atmosphere);
        yield;
      }
    }
    claims.sort((a, b) => a.evidence.start - b.evidence.start || a.topic.localeCompare(b.topic));
    atmosphere.sort((a, b) => a.span.start - b.span.start || a.descriptor.localeCompare(b.descriptor));
    return { codebook: codebookVersion, taxonomyVersion: taxonomy.version, language: context.language, sentences, claims, atmosphere };
  };
}
