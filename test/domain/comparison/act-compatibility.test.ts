import fc from 'fast-check';
import { acts, type Act } from '../../../src/domain/analysis/types.ts';
import { actCompatibility, areActSetsCompatible, areActsCompatible, doesDenialContradict } from '../../../src/domain/comparison/act-compatibility.ts';

describe('areActsCompatible', () => {
  const cases: { a: Act; b: Act; compatible: boolean }[] = [
    { a: 'agree', b: 'cooperate', compatible: true },
    { a: 'agree', b: 'support', compatible: true },
    { a: 'consult', b: 'agree', compatible: true },
    // a readout that only "stresses" a topic does not contradict one that reports a deal
    { a: 'state', b: 'agree', compatible: true },
    { a: 'state', b: 'request', compatible: true },
    // one side reports a deal, the other only an ask: the classic unconfirmed outcome
    { a: 'request', b: 'agree', compatible: false },
    { a: 'request', b: 'cooperate', compatible: false },
    // a concession answers a request
    { a: 'request', b: 'concede', compatible: true },
    { a: 'accuse', b: 'agree', compatible: false },
    { a: 'reject', b: 'cooperate', compatible: false },
    { a: 'protest', b: 'support', compatible: false },
    // "state" is compatible only with what is not conflictive
    { a: 'protest', b: 'state', compatible: false },
    { a: 'sanction', b: 'request', compatible: false },
    // both readouts report the same friction
    { a: 'accuse', b: 'reject', compatible: true },
    // PLOVER RETREAT (de-escalate) is conciliatory
    { a: 'retreat', b: 'agree', compatible: true },
  ];

  it.each(cases)('$a with $b → $compatible', ({ a, b, compatible }) => {
    expect(areActsCompatible(a, b)).toBe(compatible);
  });

  it('when checking every pair of acts, the table is symmetric and reflexive', () => {
    fc.assert(fc.property(fc.constantFrom(...acts), fc.constantFrom(...acts), (a, b) => {
      expect(areActsCompatible(a, b)).toBe(areActsCompatible(b, a));
      expect(areActsCompatible(a, a)).toBe(true);
    }));
  });

  it('when listing the table, covers every act', () => {
    expect(Object.keys(actCompatibility).sort()).toEqual([...acts].sort());
  });
});

describe('areActSetsCompatible', () => {
  const cases: { left: Act[]; right: Act[]; compatible: boolean }[] = [
    { left: ['agree'], right: ['cooperate', 'state'], compatible: true },
    // one incompatible pair is enough
    { left: ['agree', 'state'], right: ['request'], compatible: false },
    // a party with only negated claims asserts nothing to conflict with
    { left: [], right: ['protest'], compatible: true },
  ];

  it.each(cases)('$left with $right → $compatible', ({ left, right, compatible }) => {
    expect(areActSetsCompatible(left, right)).toBe(compatible);
  });
});

describe('doesDenialContradict', () => {
  const cases: { denied: Act; asserted: Act; contradicts: boolean }[] = [
    { denied: 'agree', asserted: 'agree', contradicts: true },
    // "no agreement" against "will cooperate"
    { denied: 'agree', asserted: 'cooperate', contradicts: true },
    // "did not discuss" against "discussed"
    { denied: 'consult', asserted: 'consult', contradicts: true },
    // talks without a deal: both can be true
    { denied: 'agree', asserted: 'consult', contradicts: false },
    { denied: 'protest', asserted: 'agree', contradicts: false },
  ];

  it.each(cases)('denying $denied against asserting $asserted → $contradicts', ({ denied, asserted, contradicts }) => {
    expect(doesDenialContradict(denied, asserted)).toBe(contradicts);
  });
});
