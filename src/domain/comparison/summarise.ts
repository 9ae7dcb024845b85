import type { Act, Topic } from '../analysis/types.ts';
import { isJointClaim } from './joint-claims.ts';
import type { TopicHierarchy } from './topic-rows.ts';
import type { AtmosphereComparison, ComparedParty, ComparisonRow, PartyPosition } from './types.ts';

/** How the summary names each act: with an article for "reports …", bare after "no". */
export const actPhrases: Readonly<Record<Act, { readonly reported: string; readonly bare: string }>> = {
  agree: { reported: 'agreement', bare: 'agreement' },
  consult: { reported: 'consultation', bare: 'consultation' },
  support: { reported: 'support', bare: 'support' },
  cooperate: { reported: 'cooperation', bare: 'cooperation' },
  aid: { reported: 'aid', bare: 'aid' },
  request: { reported: 'a request', bare: 'request' },
  accuse: { reported: 'an accusation', bare: 'accusation' },
  reject: { reported: 'a rejection', bare: 'rejection' },
  threaten: { reported: 'a threat', bare: 'threat' },
  protest: { reported: 'a protest', bare: 'protest' },
  sanction: { reported: 'sanctions', bare: 'sanctions' },
  concede: { reported: 'a concession', bare: 'concession' },
  retreat: { reported: 'a withdrawal', bare: 'withdrawal' },
  state: { reported: 'a statement of position', bare: 'statement of position' },
};

/** What `summariseComparison` reads. */
export interface SummaryInput {
  readonly comparable: boolean;
  /** Every party of the meeting, for names; `hasReadout` tells who was compared. */
  readonly parties: readonly ComparedParty[];
  readonly rows: readonly ComparisonRow[];
  readonly atmosphere: AtmosphereComparison;
  readonly hierarchy: TopicHierarchy;
}

/** "a", "a and b", "a, b and c" (no serial comma, as in British usage). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

/** "China's", "the Philippines'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * The topic as it reads mid-sentence: the taxonomy label with its first letter lower-cased
 * ("Semiconductors" → "semiconductors"), except when the first word has another capital
 * ("AI governance", "WTO reform") or the topic's English terms write it capitalised
 * ("Taiwan"). A proper noun whose terms are all lower-case is lower-cased too.
 */
export function topicPhrase(label: string, topic: Topic | undefined): string {
  const firstWord = label.split(' ')[0] ?? '';
  if (firstWord.length === 0 || firstWord.slice(1) !== firstWord.slice(1).toLowerCase()) return label;
  if ((topic?.terms.en ?? []).some((term) => term.startsWith(firstWord))) return label;
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** "a request", "agreement and support", "consultation but no agreement", "no agreement". */
export function describePosition(position: PartyPosition): string {
  const asserted = joinList(position.acts.map((act) => actPhrases[act].reported));
  const denied = position.negatedActs.length > 0
    ? `no ${joinList(position.negatedActs.map((act) => actPhrases[act].bare), 'or')}` : '';
  if (asserted && denied) return `${asserted} but ${denied}`;
  return asserted || denied;
}

/**
 * Plain English sentences for an analyst's note, built only from the rows and the
 * atmosphere: unconfirmed joint claims, divergent topics, topics some readouts leave out,
 * topics covered at different depths, differing descriptors of the talks, and shared
 * topics, in that order. Deterministic; party names come from `parties`, topic words from
 * the taxonomy; a joint claim is "both sides" for a meeting of two parties, else "all
 * sides". Each sentence restates rows (acts, silences), never the readouts' wording.
 */
export function summariseComparison(input: SummaryInput): string[] {
  const nameOf = new Map(input.parties.map((party) => [party.code, party.name]));
  const name = (code: string): string => nameOf.get(code) ?? code;
  const phrase = (topic: string): string => topicPhrase(input.hierarchy.labelOf(topic), input.hierarchy.topicOf(topic));
  const withReadout = input.parties.filter((party) => party.hasReadout);

  if (withReadout.length === 0) return ['No party has a readout of this meeting yet; there is nothing to compare.'];
  const [only] = withReadout;
  if (!input.comparable && only) {
    const sentences = [`Only ${only.name} has a readout of this meeting; there is nothing to compare yet.`];
    if (input.rows.length > 0) sentences.push(`${possessive(only.name)} readout mentions ${joinList(input.rows.map((row) => phrase(row.topic)))}.`);
    return sentences;
  }

  const sides = input.parties.length <= 2 ? 'both sides' : 'all sides';
  const readouts = withReadout.length === 2 ? 'Both readouts' : 'All readouts';
  const sentences: string[] = [];

  // Unconfirmed joint claims, one sentence per claiming party.
  const unconfirmed = input.rows.filter((row) => row.unconfirmedJointClaim);
  for (const party of withReadout) {
    const claimed = unconfirmed.filter((row) => row.jointClaimBy.includes(party.code));
    if (claimed.length === 0) continue;
    const agreed: string[] = [];
    const willCooperate: string[] = [];
    const cooperate: string[] = [];
    for (const row of claimed) {
      const joint = row.positions.find((position) => position.party === party.code)?.claims.filter(isJointClaim) ?? [];
      if (joint.some((claim) => claim.act === 'agree')) agreed.push(phrase(row.topic));
      else if (joint.some((claim) => claim.modality.future)) willCooperate.push(phrase(row.topic));
      else cooperate.push(phrase(row.topic));
    }
    const verbs = [
      agreed.length > 0 ? `agreed on ${joinList(agreed)}` : '',
      willCooperate.length > 0 ? `will cooperate on ${joinList(willCooperate)}` : '',
      cooperate.length > 0 ? `cooperate on ${joinList(cooperate)}` : '',
    ].filter((verb) => verb !== '');
    const clauses = [`${possessive(party.name)} readout states that ${sides} ${joinList(verbs)}`];
    for (const other of withReadout) {
      const silentOn = claimed.filter((row) => row.jointClaimUnconfirmedBy.includes(other.code) && row.silent.includes(other.code));
      const unbacked = claimed.flatMap((row) => {
        const position = row.positions.find((p) => p.party === other.code);
        if (!row.jointClaimUnconfirmedBy.includes(other.code) || !position?.mentioned) return [];
        const via = position.mentionedVia === undefined ? ''
          : `through ${joinList([...new Set(position.claims.map((claim) => claim.topic))].map(phrase))}: `;
        return [`${phrase(row.topic)} (${via}${describePosition(position)})`];
      });
      const parts = [
        silentOn.length > 0 ? `does not mention ${joinList(silentOn.map((row) => phrase(row.topic)), 'or')}` : '',
        unbacked.length > 0 ? `mentions ${joinList(unbacked)} without reporting an agreement` : '',
      ].filter((part) => part !== '');
      if (parts.length > 0) clauses.push(`${possessive(other.name)} readout ${parts.join(' and ')}`);
    }
    sentences.push(`${clauses.join('; ')}.`);
  }

  // Divergent topics not already told as unconfirmed claims.
  for (const row of input.rows) {
    if (row.status !== 'divergent' || row.unconfirmedJointClaim) continue;
    const clauses = row.positions.map((position) => {
      const via = position.mentionedVia === undefined ? '' : ` (on ${phrase(position.mentionedVia)})`;
      return `${possessive(name(position.party))} readout reports ${describePosition(position)}${via}`;
    });
    sentences.push(`The readouts differ on ${phrase(row.topic)}: ${clauses.join('; ')}.`);
  }

  // Topics some readouts leave out, grouped by who mentions them.
  const omittedGroups = new Map<string, ComparisonRow[]>();
  for (const row of input.rows) {
    if (row.status !== 'omitted' || row.unconfirmedJointClaim) continue;
    const key = row.mentionedBy.join('|');
    omittedGroups.set(key, [...(omittedGroups.get(key) ?? []), row]);
  }
  for (const rows of omittedGroups.values()) {
    const [first] = rows;
    if (!first) continue;
    const [sole] = first.mentionedBy;
    if (first.mentionedBy.length === 1 && sole !== undefined) {
      const topics = rows.map((row) => {
        const position = row.positions.find((p) => p.party === sole);
        return position ? `${phrase(row.topic)} (${describePosition(position)})` : phrase(row.topic);
      });
      sentences.push(`Only ${possessive(name(sole))} readout mentions ${joinList(topics)}.`);
    } else {
      const mentioners = `${joinList(first.mentionedBy.map((code) => possessive(name(code))))} readouts`;
      const silent = joinList(first.silent.map((code) => possessive(name(code))));
      const verb = first.silent.length === 1 ? 'readout does not' : 'readouts do not';
      sentences.push(`${mentioners} mention ${joinList(rows.map((row) => phrase(row.topic)))}; ${silent} ${verb}.`);
    }
  }

  // Topics covered at different depths; the parent and the child row tell one fact once.
  const told = new Set<string>();
  for (const row of input.rows) {
    if (row.status !== 'partly-shared') continue;
    const key = [row.topic, ...row.positions.flatMap((p) => (p.mentionedVia === undefined ? [] : [p.mentionedVia]))].sort().join('|');
    if (told.has(key)) continue;
    told.add(key);
    const direct = row.positions.filter((position) => position.mentionedVia === undefined);
    const clauses = [`${joinList(direct.map((p) => possessive(name(p.party))))} ${direct.length === 1 ? 'readout mentions' : 'readouts mention'} ${phrase(row.topic)}`];
    for (const position of row.positions) {
      if (position.mentionedVia === undefined) continue;
      const relation = input.hierarchy.relate(row.topic, position.mentionedVia);
      const depth = relation?.broader ? 'broader' : 'narrower';
      clauses.push(`${possessive(name(position.party))} readout mentions the ${depth} topic ${phrase(position.mentionedVia)} instead`);
    }
    sentences.push(`${clauses.join('; ')}.`);
  }

  if (input.atmosphere.mismatch) {
    let talksNamed = false;
    const clauses = input.atmosphere.parties.map((entry) => {
      const talks = talksNamed ? 'them' : 'the talks';
      talksNamed = true;
      return entry.descriptors.length > 0
        ? `${possessive(name(entry.party))} readout describes ${talks} as ${joinList(entry.descriptors)}`
        : `${possessive(name(entry.party))} readout does not characterise ${talks}`;
    });
    sentences.push(`${clauses.join('; ')}.`);
  }

  const shared = input.rows.filter((row) => row.status === 'shared');
  if (shared.length > 0) sentences.push(`${readouts} mention ${joinList(shared.map((row) => phrase(row.topic)))} in compatible terms.`);
  if (input.rows.length === 0) sentences.push(`${withReadout.length === 2 ? 'Neither readout mentions' : 'None of the readouts mentions'} a topic of the taxonomy.`);
  return sentences;
}
