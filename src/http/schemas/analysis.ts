import { z } from 'zod';
import type { StoredAnalysis, StoredClaim } from '../../domain/analysis/stored-analysis.ts';
import { acts, taxonomyLanguages, type Analysis, type Claim } from '../../domain/analysis/types.ts';
import type { ClaimChangeRecord } from '../../domain/analysis/claim-review.ts';
import { iso, Label, LanguageTag, PartyCode } from './common.ts';
import { maxStatementChars } from './statement.ts';

const actorKinds = ['self', 'counterpart', 'both', 'third-party', 'unspecified'] as const;

const SpanView = z.object({
  start: z.number().int().meta({ description: 'First UTF-16 code unit, 0-based.' }),
  end: z.number().int().meta({ description: 'One past the last UTF-16 code unit (half-open).' }),
}).meta({ id: 'Span', description: 'Half-open [start, end) range of UTF-16 code units in the statement text; text.slice(start, end) is the evidence.' });

const RuleView = z.object({ term: z.string(), pattern: z.string() })
  .meta({ id: 'Rule', description: 'Which term and which pattern produced a label.' });

const ModalityView = z.object({ negated: z.boolean(), future: z.boolean(), hypothetical: z.boolean(), historical: z.boolean() })
  .meta({ id: 'Modality' });

const ActorView = z.object({
  kind: z.enum(actorKinds), partyCodes: z.array(z.string()), span: SpanView.nullable(), text: z.string().nullable(),
}).meta({ id: 'Actor', description: 'Who the sentence says acts: self (the issuing party), counterpart, both (all sides), a third party, or unspecified.' });

export const ClaimView = z.object({
  id: z.number().int().nullable().meta({ description: 'null in a preview (POST /v1/analyze), which stores nothing.' }),
  statementId: z.number().int().nullable(),
  sentenceIndex: z.number().int(),
  topic: z.string(),
  evidence: SpanView,
  evidenceText: z.string(),
  act: z.enum(acts).meta({ description: 'PLOVER 2.0 category, or state (stressed, reiterated: a readout extension).' }),
  actConfidence: z.number(),
  actRule: RuleView,
  actSpan: SpanView.nullable(),
  actor: ActorView,
  modality: ModalityView,
  confidence: z.number().meta({ description: '0..1: topic match and act together.' }),
  rule: RuleView.meta({ description: 'How the topic was matched.' }),
  codebook: z.string().meta({ example: 'plover-2.0+parallax-2' }),
  method: z.enum(['auto', 'human']).meta({ description: 'human: an analyst corrected or added this claim.' }),
  status: z.enum(['active', 'rejected', 'orphaned']),
}).meta({ id: 'Claim' });

export const AnalysisView = z.object({
  statementId: z.number().int().nullable(),
  revision: z.number().int().nullable().meta({ description: 'The statement revision analysed.' }),
  taxonomyVersion: z.number().int(),
  codebook: z.string(),
  language: z.string(),
  stale: z.boolean().meta({ description: 'true while a background re-analysis is due (taxonomy, meeting or party changed).' }),
  analysedAt: z.string().nullable(),
  sentences: z.array(z.object({ index: z.number().int(), span: SpanView, text: z.string() })),
  claims: z.array(ClaimView),
  atmosphere: z.array(z.object({ descriptor: z.string(), span: SpanView, sentenceIndex: z.number().int() })),
}).meta({ id: 'Analysis' });

type ClaimLike = Claim & Partial<Pick<StoredClaim, 'id' | 'statementId' | 'method' | 'status' | 'codebook'>>;

function spanOrNull(span: { start: number; end: number } | undefined) {
  return span ? { start: span.start, end: span.end } : null;
}

export function toClaimView(claim: ClaimLike, text: string, codebook: string): z.infer<typeof ClaimView> {
  return {
    id: claim.id ?? null,
    statementId: claim.statementId ?? null,
    sentenceIndex: claim.sentenceIndex,
    topic: claim.topic,
    evidence: { start: claim.evidence.start, end: claim.evidence.end },
    evidenceText: text.slice(claim.evidence.start, claim.evidence.end),
    act: claim.act.act,
    actConfidence: claim.act.confidence,
    actRule: { ...claim.act.rule },
    actSpan: spanOrNull(claim.act.span),
    actor: {
      kind: claim.actor.kind, partyCodes: [...claim.actor.partyCodes], span: spanOrNull(claim.actor.span),
      text: claim.actor.span ? text.slice(claim.actor.span.start, claim.actor.span.end) : null,
    },
    modality: { ...claim.modality },
    confidence: claim.confidence,
    rule: { ...claim.topicRule },
    codebook: claim.codebook ?? codebook,
    method: claim.method ?? 'auto',
    status: claim.status ?? 'active',
  };
}

/** The analysis as served: stored (with ids) or a preview (ids null). */
export function toAnalysisView(analysis: Analysis | StoredAnalysis, text: string): z.infer<typeof AnalysisView> {
  const stored = 'statementId' in analysis ? analysis : undefined;
  return {
    statementId: stored?.statementId ?? null,
    revision: stored?.revision ?? null,
    taxonomyVersion: analysis.taxonomyVersion,
    codebook: analysis.codebook,
    language: analysis.language,
    stale: stored?.stale ?? false,
    analysedAt: stored ? iso(stored.analysedAt) : null,
    sentences: analysis.sentences.map((s) => ({ index: s.index, span: { ...s.span }, text: text.slice(s.span.start, s.span.end) })),
    claims: analysis.claims.map((claim) => toClaimView(claim, text, analysis.codebook)),
    atmosphere: analysis.atmosphere.map((a) => ({ descriptor: a.descriptor, span: { ...a.span }, sentenceIndex: a.sentenceIndex })),
  };
}

export const AnalyzeBody = z.strictObject({
  text: z.string().max(maxStatementChars, `must be at most ${maxStatementChars} characters (the per-statement limit)`),
  language: LanguageTag,
  party: PartyCode.meta({ description: 'The issuing party (for actor resolution: self).' }),
  meetingId: z.number().int().positive().optional().meta({ description: "Resolve actors with this meeting's participants." }),
  others: z.array(PartyCode).max(50).default([]).meta({ description: 'Other parties of the meeting, when no meetingId is given.' }),
}).meta({ id: 'AnalyzeRequest' });

const modalityPatch = z.strictObject({
  negated: z.boolean().optional(), future: z.boolean().optional(), hypothetical: z.boolean().optional(), historical: z.boolean().optional(),
});
const actorInput = z.strictObject({ kind: z.enum(actorKinds), partyCodes: z.array(PartyCode).max(20).optional() });
const reason = Label(2000).meta({ description: 'Why the label changes; kept in the audit trail.' });
const analyst = Label(200).optional().meta({ description: "The analyst's name for the audit trail; defaults to the API key's name. The key itself is always recorded." });

export const ClaimCorrectionBody = z.strictObject({
  topic: z.string().min(1).max(100).optional(),
  act: z.enum(acts).optional(),
  actor: actorInput.optional(),
  modality: modalityPatch.optional(),
  status: z.enum(['active', 'rejected']).optional(),
  reason,
  analyst,
}).meta({ id: 'ClaimCorrection' });

export const NewClaimBody = z.strictObject({
  evidence: z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  topic: z.string().min(1).max(100),
  act: z.enum(acts),
  actor: actorInput,
  modality: modalityPatch.optional(),
  reason,
  analyst,
}).meta({ id: 'NewClaim' });

const SnapshotView = z.object({
  topic: z.string(), act: z.enum(acts), actor: z.object({ kind: z.enum(actorKinds), partyCodes: z.array(z.string()) }),
  modality: ModalityView, status: z.string(), method: z.string(),
});

export const ClaimChangeView = z.object({
  id: z.number().int(), claimId: z.number().int(), action: z.enum(['added', 'corrected', 'rejected', 'restored']),
  reason: z.string(), author: z.string(),
  apiKeyId: z.number().int().nullable().meta({ description: 'The API key the change came with (GET /v1/keys/{keyId}); null from the command line.' }),
  before: SnapshotView.nullable(), after: SnapshotView, changedAt: z.string(),
}).meta({ id: 'ClaimChange' });

export function toClaimChangeView(change: ClaimChangeRecord): z.infer<typeof ClaimChangeView> {
  return { ...change, before: change.before, after: change.after, changedAt: iso(change.changedAt) } as z.infer<typeof ClaimChangeView>;
}

const TermsView = z.object(Object.fromEntries(taxonomyLanguages.map((language) => [language, z.array(Label(200)).max(500).optional()])));

export const TopicBody = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. critical-minerals'),
  label: Label(200),
  parent: z.string().nullable().optional(),
  description: Label(2000).nullable().optional(),
  terms: z.strictObject(TermsView.shape),
  excludes: z.array(Label(200)).max(200).optional(),
}).meta({ id: 'Topic' });

export const TaxonomyView = z.object({
  version: z.number().int(), note: z.string().nullable(), createdAt: z.string(),
  apiKeyId: z.number().int().nullable().meta({ description: 'The API key that stored this version; null for the built-in default.' }),
  topics: z.array(TopicBody),
}).meta({ id: 'Taxonomy' });

export const TaxonomyBody = z.strictObject({
  topics: z.array(TopicBody).min(1).max(2000),
  note: Label(2000).nullable().optional(),
}).meta({ id: 'TaxonomyReplacement' });
