import { z } from 'zod';
import { acts } from '../../domain/analysis/types.ts';
import { divergenceFormula } from '../../domain/comparison/divergence.ts';
import { sentenceSimilarityFormula } from '../../domain/comparison/align-sentences.ts';
import { rowReasons, rowStatuses } from '../../domain/comparison/types.ts';

const actorKinds = ['self', 'counterpart', 'both', 'third-party', 'unspecified'] as const;
const Span = z.object({ start: z.number().int(), end: z.number().int() });
const Modality = z.object({ negated: z.boolean(), future: z.boolean(), hypothetical: z.boolean(), historical: z.boolean() });

const ComparisonClaimView = z.object({
  id: z.number().int(), statementId: z.number().int(), party: z.string(), sentenceIndex: z.number().int(),
  sentenceText: z.string(), topic: z.string(), evidence: Span, act: z.enum(acts),
  actor: z.object({ kind: z.enum(actorKinds), partyCodes: z.array(z.string()) }),
  modality: Modality, confidence: z.number(), method: z.enum(['auto', 'human']),
}).meta({ id: 'ComparisonClaim' });

const PositionView = z.object({
  party: z.string(), mentioned: z.boolean(),
  mentionedVia: z.string().optional().meta({ description: 'The related topic (ancestor or descendant) through which the party mentions this one.' }),
  acts: z.array(z.enum(acts)), negatedActs: z.array(z.enum(acts)), actors: z.array(z.enum(actorKinds)),
  negated: z.boolean(), claims: z.array(ComparisonClaimView),
});

const RowView = z.object({
  topic: z.string(), label: z.string(), parentTopic: z.string().optional(),
  status: z.enum(rowStatuses).meta({
    description: 'shared: every party mentions it with compatible acts; partly-shared: at another depth of the taxonomy; divergent: acts conflict or one side negates; omitted: some party is silent; single-party: nothing to compare.',
  }),
  positions: z.array(PositionView), mentionedBy: z.array(z.string()), silent: z.array(z.string()),
  unconfirmedJointClaim: z.boolean().meta({ description: 'A party says both/all sides agreed or will cooperate on it; another readout does not mention it or mentions it without agreement.' }),
  jointClaimBy: z.array(z.string()), jointClaimUnconfirmedBy: z.array(z.string()),
  restsOnCorrection: z.boolean().meta({ description: 'An analyst correction (method: human) is part of this row.' }),
  reasons: z.array(z.enum(rowReasons)),
}).meta({ id: 'ComparisonRow' });

const SentenceRef = z.object({ statementId: z.number().int(), sentenceIndex: z.number().int(), span: Span, text: z.string() });

export const ComparisonView = z.object({
  comparable: z.boolean().meta({ description: 'false when fewer than two parties have a readout; rows are then single-party.' }),
  taxonomyVersion: z.number().int(),
  parties: z.array(z.object({ code: z.string(), name: z.string(), hasReadout: z.boolean(), statementIds: z.array(z.number().int()) })),
  rows: z.array(RowView).meta({ description: 'Unconfirmed joint claims first, then divergent, omitted, partly-shared, shared.' }),
  atmosphere: z.object({
    parties: z.array(z.object({ party: z.string(), descriptors: z.array(z.string()) })),
    shared: z.array(z.string()), mismatch: z.boolean(),
  }),
  alignment: z.array(z.object({
    parties: z.tuple([z.string(), z.string()]), threshold: z.number(),
    matches: z.array(z.object({ a: SentenceRef, b: SentenceRef, score: z.number() })),
    unmatched: z.object({ a: z.array(SentenceRef), b: z.array(SentenceRef) }), truncated: z.boolean(),
  })).meta({ description: `Sentence alignment per ordered party pair. ${sentenceSimilarityFormula}` }),
  pairs: z.array(z.object({
    parties: z.tuple([z.string(), z.string()]),
    divergence: z.number().meta({ description: divergenceFormula }),
    counts: z.object({ shared: z.number().int(), partlyShared: z.number().int(), divergent: z.number().int(), omitted: z.number().int() }),
  })).meta({ description: `Per party pair. ${divergenceFormula}` }),
  summary: z.array(z.string()).meta({ description: 'Plain sentences for an analyst note, generated from the rows.' }),
}).meta({ id: 'Comparison' });

export const MeetingComparisonView = z.object({
  meeting: z.object({ id: z.number().int(), title: z.string(), date: z.string() }),
  comparison: ComparisonView,
}).meta({ id: 'MeetingComparison' });

export const TopicTimelineView = z.object({
  party: z.string(),
  months: z.array(z.object({
    month: z.string().meta({ example: '2023-05' }),
    meetings: z.number().int().meta({ description: 'Meetings that month with a readout of the party.' }),
    topics: z.array(z.object({
      topic: z.string(), mentions: z.number().int(), meetings: z.number().int(), negated: z.number().int(),
      acts: z.record(z.string(), z.number().int()),
    })),
  })),
}).meta({ id: 'TopicTimeline' });
