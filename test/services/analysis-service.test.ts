import fc from 'fast-check';
import { createAnalyser, createSteppedAnalyser } from '../../src/domain/analysis/create-analyser.ts';
import { defaultTaxonomy } from '../../src/domain/analysis/default-taxonomy.ts';
import { runInSlices } from '../../src/services/analysis-service.ts';
import { contextFor, heldOutDir, loadFixtures } from '../eval/load-fixtures.ts';

// The service analyses in slices, yielding to the event loop between them; the answer
// must be exactly what the whole analysis in one go gives (stored claims depend on it).
const taxonomy = { ...defaultTaxonomy, version: 1 };
const analyse = createAnalyser(taxonomy);
const analyseInSteps = createSteppedAnalyser(taxonomy);
const readouts = [...loadFixtures(), ...loadFixtures(heldOutDir)]
  .flatMap(({ file, fixture }) => fixture.statements.map((statement, i) => ({ name: `${file} #${i}`, text: statement.text, context: contextFor(fixture, statement) })));

describe('runInSlices over the stepped analyser', () => {
  it.each(readouts)('gives the whole analysis of $name', async ({ text, context }) => {
    // 0 ms slices: a turn of the event loop after every step, the most interleaved run there is
    const sliced = await runInSlices(analyseInSteps(text, context), 0);

    expect(sliced).toEqual(analyse(text, context));
  });

  it('when the readout is long (thirty readouts, one line and many), gives the whole analysis', async () => {
    const long = readouts.map((readout) => readout.text).join('\n\n');
    const context = readouts[0]!.context;

    for (const text of [long, long.replace(/\s+/gu, ' ')]) {
      expect(await runInSlices(analyseInSteps(text, context), 0)).toEqual(analyse(text, context));
    }
  });

  it('when given any string, gives the whole analysis', async () => {
    const context = readouts[0]!.context;

    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
      expect(await runInSlices(analyseInSteps(text, context), 0)).toEqual(analyse(text, context));
    }), { numRuns: 200 });
  });

  it('when the steps take longer than a slice, lets other callbacks run in between', async () => {
    let ticks = 0;
    const interval = setInterval(() => { ticks += 1; }, 0);
    const text = readouts.map((readout) => readout.text).join('\n').repeat(3);

    await runInSlices(analyseInSteps(text, readouts[0]!.context), 0);
    clearInterval(interval);

    expect(ticks).toBeGreaterThan(0);
  });
});
