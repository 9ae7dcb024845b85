// `npm run eval`: measures the analysis against the development set in
// test/fixtures/readouts/ and the held-out set beside it, and prints figures (never a
// pass/fail: quality is tracked, not asserted). Writes the same figures to
// test/eval/out/latest.json. Lists the development set's disagreements for tuning;
// `-- --errors` lists the held-out set's too. Exit code 0 unless a fixture fails to load.
import fs from 'node:fs';
import path from 'node:path';
import { createAnalyser } from '../../src/domain/analysis/create-analyser.ts';
import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { checkHints, compareAnalysed } from './fixture-comparison.ts';
import { contextFor, fixturesDir, goldSentenceStarts, heldOutDir, loadFixtures, type LoadedFixture } from './load-fixtures.ts';
import { scoreClaims, type LabelledClaim } from './score.ts';

const targets = { topicF1: 0.9, actAccuracy: 0.85, actorAccuracy: 0.85 };

const analyse = createAnalyser(defaultTaxonomy);

/** Analyses every readout of a fixture set and scores it against the gold. */
function evaluate(loaded: readonly LoadedFixture[]) {
  const gold: LabelledClaim[] = [];
  const predicted: LabelledClaim[] = [];
  /** "<statement>#<sentence>" → the gold sentence text, to show beside each error. */
  const sentenceTexts = new Map<string, string>();
  /** "<statement>#<sentence>#<topic>" → the term the analyser matched. */
  const evidence = new Map<string, string>();
  let statements = 0;
  let sentences = 0;
  const hintMisses: string[] = [];
  let hints = 0;
  for (const { file, fixture } of loaded) {
    fixture.statements.forEach((statement, s) => {
      statements += 1;
      const id = `${file.replace(/\.json$/u, '')}/${s}:${statement.party}`;
      const starts = goldSentenceStarts(statement);
      sentences += starts.length;
      statement.gold.sentences.forEach((sentence, index) => {
        sentenceTexts.set(`${id}#${index}`, sentence.text);
        for (const claim of sentence.claims) gold.push({ statement: id, sentence: index, language: statement.language, ...claim });
      });
      // A predicted claim belongs to the gold sentence its evidence starts in, so the
      // analyser's own sentence splitting cannot shift the alignment.
      const sentenceOf = (offset: number) => {
        let found = -1;
        starts.forEach((start, index) => { if (start !== -1 && start <= offset) found = index; });
        return found;
      };
      const analysis = analyse(statement.text, contextFor(fixture, statement));
      for (const claim of analysis.claims) {
        const sentence = sentenceOf(claim.evidence.start);
        predicted.push({
          statement: id, sentence, topic: claim.topic, act: claim.act.act,
          actor: claim.actor.kind, negated: claim.modality.negated, language: statement.language,
        });
        evidence.set(`${id}#${sentence}#${claim.topic}`, `${claim.topicRule.term} (${claim.act.rule.pattern}: ${claim.act.rule.term})`);
      }
    });
    const { unconfirmedJointClaims, ...statuses } = fixture.expectedComparison ?? {};
    hints += Object.keys(statuses).length + (Array.isArray(unconfirmedJointClaims) ? unconfirmedJointClaims.length : 0);
    for (const miss of checkHints(fixture, compareAnalysed(fixture, analyse))) hintMisses.push(`${file}: ${miss}`);
  }
  const scores = scoreClaims(gold, predicted);
  // Each error line ends with its key "<statement>#<sentence>#<topic>"; show the sentence under it.
  const errors = scores.errors.map((line) => {
    const [statement = '', sentence = '', topic = ''] = (/\S+#-?\d+#[a-z0-9-]+/u.exec(line)?.[0] ?? '').split('#');
    const term = evidence.get(`${statement}#${sentence}#${topic}`);
    return `${line}${term ? `  [${term}]` : ''}\n    "${sentenceTexts.get(`${statement}#${sentence}`) ?? '?'}"`;
  });
  return { scores, errors, statements, sentences, gold, predicted, hints, hintMisses };
}

const pad = (value: string, width: number) => value.padEnd(width);

/** Prints one set's figures and returns them for the JSON file. */
function report(title: string, loaded: readonly LoadedFixture[], options: { withTargets: boolean; listErrors: boolean }) {
  const { scores, errors, statements, sentences, gold, predicted, hints, hintMisses } = evaluate(loaded);
  const languages = [...new Set(loaded.flatMap(({ fixture }) => fixture.statements.map((s) => s.language)))].sort();
  const figures = {
    meetings: loaded.length, statements, sentences, goldClaims: gold.length, predictedClaims: predicted.length, languages,
    topicPrecision: scores.topics.precision, topicRecall: scores.topics.recall, topicF1: scores.topics.f1,
    actAccuracy: scores.actAccuracy, actorAccuracy: scores.actorAccuracy, negationAccuracy: scores.negationAccuracy,
    comparisonHints: hints, comparisonHintsReproduced: hints - hintMisses.length,
  };
  console.log(`\n${title}: ${loaded.length} meetings, ${statements} readouts, ${sentences} sentences, ${gold.length} gold claims (${languages.join(', ')})\n`);
  const target = (value: number) => (options.withTargets ? `>= ${value}` : '');
  console.table({
    'topic F1': { value: scores.topics.f1, target: target(targets.topicF1) },
    'topic precision': { value: scores.topics.precision, target: '' },
    'topic recall': { value: scores.topics.recall, target: '' },
    'act accuracy': { value: scores.actAccuracy, target: target(targets.actAccuracy) },
    'actor accuracy': { value: scores.actorAccuracy, target: target(targets.actorAccuracy) },
    'negation accuracy': { value: scores.negationAccuracy, target: '' },
    'comparison hints reproduced': { value: `${hints - hintMisses.length}/${hints}`, target: '' },
  });
  console.log('Topic F1 by language:');
  console.table(Object.fromEntries(Object.entries(scores.topicsByLanguage).map(([language, s]) =>
    [language, { f1: s.f1, precision: s.precision, recall: s.recall, tp: s.tp, fp: s.fp, fn: s.fn }])));
  console.log('Act confusion (rows: gold, columns: predicted; over topic matches):');
  console.table(scores.actConfusion);
  if (options.listErrors) {
    const kinds = ['missed topic', 'spurious topic', 'act', 'actor', 'negation'];
    for (const kind of kinds) {
      const lines = errors.filter((line) => line.startsWith(`${kind} `));
      if (lines.length > 0) console.log(`\n${pad(`${kind} (${lines.length})`, 20)}\n${lines.join('\n')}`);
    }
    if (hintMisses.length > 0) console.log(`\ncomparison hints missed (${hintMisses.length})\n${hintMisses.join('\n')}`);
  } else {
    console.log(`${errors.length} disagreements, ${hintMisses.length} comparison hints missed; run with -- --errors to list them.`);
  }
  return { figures, byLanguage: scores.topicsByLanguage, actConfusion: scores.actConfusion, errors: scores.errors, hintMisses };
}

function main(): void {
  const development = report('Development set (tuned on)', loadFixtures(fixturesDir), { withTargets: true, listErrors: true });
  const heldOut = report('Held-out set (never tuned on)', loadFixtures(heldOutDir), { withTargets: false, listErrors: process.argv.includes('--errors') });
  const out = path.join(__dirname, 'out');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify({ development, heldOut }, null, 2)}\n`);
}

main();
