import { acts, type Act } from '../analysis/types.ts';

/**
 * Which acts two readouts may attribute to one topic and still describe the same
 * position. Symmetric and reflexive (a test checks both). The groups:
 *
 * | group        | acts                                                         | compatible with          |
 * |--------------|--------------------------------------------------------------|--------------------------|
 * | cooperative  | agree, cooperate, support, aid, consult, concede, retreat    | cooperative, state        |
 * | request      | request                                                      | request, concede, state   |
 * | conflictive  | accuse, reject, protest, threaten, sanction                  | conflictive               |
 * | neutral      | state                                                        | everything but conflictive|
 *
 * Why: "agreed" against "asked for" is the classic unconfirmed outcome (one side reports a
 * deal, the other an ask), so request is not compatible with agree or cooperate. A
 * concession answers a request, so those two fit. Conflictive acts on both sides describe
 * the same friction and fit each other; against cooperative acts, a neutral statement or a
 * request they are the disagreement the row exists to show. PLOVER CONCEDE and RETREAT
 * (easing, de-escalating) are conciliatory, hence cooperative.
 */
export const actCompatibility: Readonly<Record<Act, readonly Act[]>> = {
  agree: ['agree', 'consult', 'support', 'cooperate', 'aid', 'concede', 'retreat', 'state'],
  consult: ['agree', 'consult', 'support', 'cooperate', 'aid', 'concede', 'retreat', 'state'],
  support: ['agree', 'consult', 'support', 'cooperate', 'aid', 'concede', 'retreat', 'state'],
  cooperate: ['agree', 'consult', 'support', 'cooperate', 'aid', 'concede', 'retreat', 'state'],
  aid: ['agree', 'consult', 'support', 'cooperate', 'aid', 'concede', 'retreat', 'state'],
  concede: ['agree', 'consult', 'support', 'cooperate', 'aid', 'request', 'concede', 'retreat', 'state'],
  retreat: ['agree', 'consult', 'support', 'cooperate', 'aid', 'concede', 'retreat', 'state'],
  request: ['request', 'concede', 'state'],
  accuse: ['accuse', 'reject', 'threaten', 'protest', 'sanction'],
  reject: ['accuse', 'reject', 'threaten', 'protest', 'sanction'],
  threaten: ['accuse', 'reject', 'threaten', 'protest', 'sanction'],
  protest: ['accuse', 'reject', 'threaten', 'protest', 'sanction'],
  sanction: ['accuse', 'reject', 'threaten', 'protest', 'sanction'],
  state: ['agree', 'consult', 'support', 'cooperate', 'aid', 'request', 'concede', 'retreat', 'state'],
};

const compatiblePairs = new Set(acts.flatMap((a) => actCompatibility[a].map((b) => `${a}|${b}`)));

/** True when a readout saying `a` and another saying `b` about one topic describe compatible positions. */
export function areActsCompatible(a: Act, b: Act): boolean {
  return compatiblePairs.has(`${a}|${b}`);
}

/** True when every act of `left` is compatible with every act of `right`; true when either is empty. */
export function areActSetsCompatible(left: readonly Act[], right: readonly Act[]): boolean {
  return left.every((a) => right.every((b) => areActsCompatible(a, b)));
}

/**
 * True when a readout that denies `denied` ("no agreement was reached") contradicts one
 * that asserts `asserted` on the same topic: the same act, with agree and cooperate taken
 * as one (an agreement to cooperate is reported either way). Narrower than compatibility on
 * purpose: "no agreement" against "discussed" is one story, talks without a deal.
 */
export function doesDenialContradict(denied: Act, asserted: Act): boolean {
  const agreement = (act: Act): boolean => act === 'agree' || act === 'cooperate';
  return denied === asserted || (agreement(denied) && agreement(asserted));
}
