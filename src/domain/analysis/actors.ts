import type { Span } from '../text/span.ts';
import type { Actor, AnalysisContext, PartyProfile } from './types.ts';

/** A party named in a sentence. */
interface Mention {
  readonly code: string;
  readonly span: Span;
}

/** Phrases that make all sides the actor: "the two sides agreed", 双方, 양측. */
const jointEnglish = /\b(?:(?:the\s+)?(?:two|three|four|both|all)|the)\s+(?:sides|countries|ministers|leaders|parties|governments|delegations|presidents|heads of state|nations)\b|^\s*they\b|\b(?:they|we) (?:both|jointly)\b/giu;
const jointCjk = ['双方', '两国', '三方', '三国', '各方', '양측', '양국', '양 장관', '양 정상', '3국', '세 나라', '両国', '両首脳', '3か国'];

/**
 * Readout convention: the issuing side calls its own principal by title alone ("The
 * Secretary emphasized", "The Prime Minister raised", "He said", "안 장관은") and names
 * the other side. A title or pronoun subject with no party named before the act is self.
 */
const ownTitle = /^\s*(?:the\s+)?(?:(?:foreign|home|defence|defense)\s+)?(?:secretary|minister|prime minister|president|premier|chancellor|spokesperson|spokesman|spokeswoman|ambassador|envoy|he|she)\b/iu;
const cjkOwnTitle = /^[^，。,]{0,12}?(?:장관|대통령|총리|대변인|大臣|首相|外相|部长|主席|总理|发言人|外长)/u;

/** States readouts often name that are not a party to the meeting (third parties). */
const wellKnownStates: readonly (readonly [string, readonly string[]])[] = [
  ['USA', ['United States', 'U.S.', 'US', 'America', 'Washington', 'American']],
  ['CHN', ['China', 'Beijing', 'Chinese', 'PRC']],
  ['JPN', ['Japan', 'Tokyo', 'Japanese']],
  ['KOR', ['South Korea', 'Korea', 'Seoul', 'ROK', 'Korean']],
  ['PRK', ['North Korea', 'DPRK', 'Pyongyang']],
  ['RUS', ['Russia', 'Moscow', 'Russian']],
  ['UKR', ['Ukraine', 'Kyiv', 'Ukrainian']],
  ['IND', ['India', 'New Delhi', 'Indian']],
  ['GBR', ['United Kingdom', 'UK', 'Britain', 'London', 'British']],
  ['FRA', ['France', 'Paris', 'French']],
  ['DEU', ['Germany', 'Berlin', 'German']],
  ['AUS', ['Australia', 'Canberra', 'Australian']],
  ['EU', ['European Union', 'EU', 'Brussels']],
  ['TWN', ['Taiwan', 'Taipei']],
  ['ISR', ['Israel', 'Israeli']],
  ['IRN', ['Iran', 'Tehran', 'Iranian']],
];

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names a party goes by in text: name, aliases, and each person's full name and name parts. */
function namesOf(party: PartyProfile): string[] {
  const parts = party.people.flatMap((person) => [person, ...person.split(/[\s-]+/).filter((part) => part.length >= 2 && /^\p{Lu}/u.test(part))]);
  return [...new Set([party.name, party.code.length >= 2 ? party.code : '', ...party.aliases, ...parts].filter((name) => name.trim().length >= 2))];
}

/** The compiled name finder for one context: parties of the meeting first, then well-known states. */
export function compileActorFinder(context: AnalysisContext) {
  const meetingParties = [context.self, ...context.others];
  const entries: { code: string; name: string; inMeeting: boolean }[] = [
    ...meetingParties.flatMap((party) => namesOf(party).map((name) => ({ code: party.code, name, inMeeting: true }))),
    ...wellKnownStates.filter(([code]) => !meetingParties.some((party) => party.code === code))
      .flatMap(([code, names]) => names.map((name) => ({ code, name, inMeeting: false }))),
  ].sort((a, b) => b.name.length - a.name.length);
  const inMeeting = new Set(meetingParties.map((party) => party.code));
  const latin = entries.filter((entry) => /^[\p{Script=Latin}\p{N}\s.'’-]+$/u.test(entry.name));
  const other = entries.filter((entry) => !latin.includes(entry));
  const latinPattern = latin.length > 0
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${latin.map((entry) => escapeRegExp(entry.name)).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  const codeOf = new Map(latin.map((entry) => [entry.name, entry.code]));

  function mentions(text: string, span: Span): Mention[] {
    const sentence = text.slice(span.start, span.end);
    const found: Mention[] = [];
    if (latinPattern) {
      for (const match of sentence.matchAll(latinPattern)) {
        const name = match[0].replace(/['’]s$/u, '');
        const code = codeOf.get(name);
        const at = span.start + (match.index ?? 0);
        if (code) found.push({ code, span: { start: at, end: at + match[0].length } });
      }
    }
    for (const entry of other) {
      let from = 0;
      for (;;) {
        const at = sentence.indexOf(entry.name, from);
        if (at === -1) break;
        from = at + entry.name.length;
        const mention = { code: entry.code, span: { start: span.start + at, end: span.start + from } };
        if (!found.some((f) => f.span.start < mention.span.end && mention.span.start < f.span.end)) found.push(mention);
      }
    }
    return found.sort((a, b) => a.span.start - b.span.start);
  }

  function kindOf(code: string): Actor {
    if (code === context.self.code) return { kind: 'self', partyCodes: [code] };
    if (inMeeting.has(code)) return { kind: 'counterpart', partyCodes: [code] };
    return { kind: 'third-party', partyCodes: [code] };
  }

  const allCodes = meetingParties.map((party) => party.code);

  /**
   * Who the sentence says performs the act at `cueStart`: a joint phrase ("the two
   * sides", 双方) or two meeting parties joined by "and" before the cue make it
   * `both`; otherwise the party named nearest before the cue (its subject); with no
   * cue, the first party named. `unspecified` when the sentence names none.
   */
  return function findActor(text: string, sentence: Span, cueStart: number | undefined): Actor {
    const limit = cueStart ?? sentence.end;
    const head = text.slice(sentence.start, limit);
    for (const match of head.matchAll(jointEnglish)) {
      const at = sentence.start + (match.index ?? 0);
      return { kind: 'both', partyCodes: allCodes, span: { start: at, end: at + match[0].length } };
    }
    for (const phrase of jointCjk) {
      const at = head.indexOf(phrase);
      if (at !== -1) return { kind: 'both', partyCodes: allCodes, span: { start: sentence.start + at, end: sentence.start + at + phrase.length } };
    }
    const named = mentions(text, sentence);
    const before = named.filter((mention) => mention.span.end <= limit);
    const last = before.at(-1);
    const previous = before.at(-2);
    if (last && previous && previous.code !== last.code && inMeeting.has(last.code) && inMeeting.has(previous.code)
      && /^\s*(?:and|&|,)\s*(?:the\s+)?$/iu.test(text.slice(previous.span.end, last.span.start))) {
      return { kind: 'both', partyCodes: allCodes, span: { start: previous.span.start, end: last.span.end } };
    }
    // With an act, its subject is the party named nearest before it; without one, the first named.
    const subject = cueStart === undefined ? named[0] : last;
    if (subject) return { ...kindOf(subject.code), span: subject.span };
    if (/^\s*(?:we|our)\b/iu.test(head) || ownTitle.test(head) || cjkOwnTitle.test(head)) {
      return { kind: 'self', partyCodes: [context.self.code] };
    }
    return { kind: 'unspecified', partyCodes: [] };
  };
}
