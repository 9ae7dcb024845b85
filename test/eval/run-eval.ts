// `npm run eval`: measures the analysis against the development set in
// test/fixtures/readouts/ and prints figures (never a pass/fail: quality is
// tracked, not asserted). Writes the same figures to test/eval/out/latest.json.
import fs from 'node:fs';
import path from 'node:path';
import { createAnalyser } from '../../src/domain/analysis/create-analyser.ts';
import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { contextFor, fixturesDir, goldSentenceStarts, heldOutDir, loadFixtures } from './load-fixtures.ts';
import { scoreClaims, type LabelledClaim } from './score.ts';

const targets = { topicF1: 0.9, actAccuracy: 0.85, actorAccuracy: 0.85 };

const analyse = createAnalyser(defaultTaxonomy);

/** Analyses every readout of a fixture folder and scores it against the gold. */
function evaluate(dir: string) {
  const gold: LabelledClaim[] = [];
  const predicted: LabelledClaim[] = [];
  let statements = 0;
  let sentences = 0;
  for (const { file, fixture } of loadFixtures(dir)) {
    fixture.statements.forEach((statement, s) => {
      statements += 1;
      const id = `${file.replace(/\.json$/, '')}/${s}:${statement.party}`;
      const starts = goldSentenceStarts(statement);
      sentences += starts.length;
      statement.gold.sentences.forEach((sentence, index) => {
        for (const claim of sentence.claims) gold.push({ statement: id, sentence: index, language: statement.language, ...claim });
      });
      // A predicted claim belongs to the gold sentence its evidence starts in.
      const sentenceOf = (offset: number) => {
        let found = -1;
        starts.forEach((start, index) => { if (start !== -1 && start <= offset) found = index; });
        return found;
      };
      const analysis = analyse(statement.text, contextFor(fixture, statement));
      for (const claim of analysis.claims) {
        predicted.push({
          statement: id, sentence: sentenceOf(claim.evidence.start), topic: claim.topic, act: claim.act.act,
          actor: claim.actor.kind, negated: claim.modality.negated, language: statement.language,
        });
      }
    });
  }
  const scores = scoreClaims(gold, predicted);
  return { scores, statements, sentences, gold, predicted };
}

function report(title: string, dir: string, withTargets: boolean) {
  const { scores, statements, sentences, gold, predicted } = evaluate(dir);
  const figures = {
    statements, sentences, goldClaims: gold.length, predictedClaims: predicted.length,
    topicPrecision: scores.topics.precision, topicRecall: scores.topics.recall, topicF1: scores.topics.f1,
    actAccuracy: scores.actAccuracy, actorAccuracy: scores.actorAccuracy, negationAccuracy: scores.negationAccuracy,
  };
  console.log(`\n${title}: ${statements} readouts, ${sentences} sentences, ${gold.length} gold claims\n`);
  const target = (value: string) => (withTargets ? value : '');
  console.table({
    'topic F1': { value: scores.topics.f1, target: target(`>= ${targets.topicF1}`) },
    'topic precision': { value: scores.topics.precision, target: '' },
    'topic recall': { value: scores.topics.recall, target: '' },
    'act accuracy': { value: scores.actAccuracy, target: target(`>= ${targets.actAccuracy}`) },
    'actor accuracy': { value: scores.actorAccuracy, target: target(`>= ${targets.actorAccuracy}`) },
    'negation accuracy': { value: scores.negationAccuracy, target: '' },
  });
  console.log('Topic F1 by language:');
  console.table(Object.fromEntries(Object.entries(scores.topicsByLanguage).map(([language, s]) => [language, { f1: s.f1, precision: s.precision, recall: s.recall, tp: s.tp, fp: s.fp, fn: s.fn }])));
  console.log('Act confusion (rows: gold, columns: predicted):');
  console.table(scores.actConfusion);
  if (process.argv.includes('--errors')) console.log(scores.errors.join('\n'));
  else console.log(`${scores.errors.length} disagreements; run with -- --errors to list them.`);
  return { figures, byLanguage: scores.topicsByLanguage, actConfusion: scores.actConfusion, errors: scores.errors };
}

function main(): void {
  const development = report('Development set (tuned on)', fixturesDir, true);
  const heldOut = report('Held-out set (never tuned on)', heldOutDir, false);
  const out = path.join(__dirname, 'out');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify({ development, heldOut }, null, 2)}\n`);
}

main();
