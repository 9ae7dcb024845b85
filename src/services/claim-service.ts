import {
  applyCorrection, makeHumanClaim, snapshotOf, type ClaimChangeRecord, type ClaimCorrection, type NewHumanClaim,
} from '../domain/analysis/claim-review.ts';
import type { StoredClaim } from '../domain/analysis/stored-analysis.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from '../db/create-db.ts';
import { findAnalyses } from '../db/analysis-repository.ts';
import { findClaim, insertClaimChange, insertHumanClaim, listClaimChanges, saveCorrectedClaim } from '../db/claim-repository.ts';
import { findStatement } from '../db/statement-repository.ts';
import { hashSentence } from './analysis-service.ts';
import type { TaxonomyService } from './taxonomy-service.ts';

/** Who makes a change: the analyst's name, and the API key it came with (null: command line). */
export interface ChangeAuthor {
  readonly name: string;
  readonly keyId: number | null;
}

export interface ClaimService {
  get(id: number): Promise<StoredClaim>;
  correct(id: number, correction: ClaimCorrection, author: ChangeAuthor): Promise<StoredClaim>;
  add(statementId: number, claim: NewHumanClaim, author: ChangeAuthor): Promise<StoredClaim>;
  changes(id: number): Promise<ClaimChangeRecord[]>;
}

function claimNotFound(id: number): AppError {
  return new AppError('not-found', `claim ${id} does not exist`);
}

export function createClaimService(deps: { db: Db; taxonomy: TaxonomyService }): ClaimService {
  const { db } = deps;
  const topicIds = async () => new Set((await deps.taxonomy.current()).topics.map((topic) => topic.id));

  return {
    async get(id) {
      const claim = await findClaim(db.reader, id);
      if (!claim) throw claimNotFound(id);
      return claim;
    },

    async correct(id, correction, author) {
      const topics = await topicIds();
      return db.write(async (tx) => {
        const claim = await findClaim(tx, id);
        const statement = claim && (await findStatement(tx, claim.statementId));
        if (!claim || !statement) throw claimNotFound(id);
        const sentence = (await findAnalyses(tx, [statement.id])).get(statement.id)?.sentences[claim.sentenceIndex];
        const sentenceStart = sentence?.span.start ?? 0;
        const { claim: corrected, action } = applyCorrection(claim, correction, { sentenceStart, topicIds: topics });
        const sentenceHash = hashSentence(sentence ? statement.text.slice(sentence.span.start, sentence.span.end) : '');
        const saved = await saveCorrectedClaim(tx, corrected, sentenceHash);
        await insertClaimChange(tx, { claimId: id, action, reason: correction.reason, author: author.name, apiKeyId: author.keyId, before: snapshotOf(claim), after: snapshotOf(saved) });
        return saved;
      });
    },

    async add(statementId, input, author) {
      const topics = await topicIds();
      return db.write(async (tx) => {
        const statement = await findStatement(tx, statementId);
        if (!statement) throw new AppError('not-found', `statement ${statementId} does not exist`);
        const analysis = (await findAnalyses(tx, [statementId])).get(statementId);
        if (!analysis) throw new AppError('conflict', `statement ${statementId} has not been analysed yet; try again shortly`);
        const claim = makeHumanClaim(input, { sentences: analysis.sentences, textLength: statement.text.length, topicIds: topics });
        const sentence = analysis.sentences[claim.sentenceIndex];
        const sentenceHash = hashSentence(sentence ? statement.text.slice(sentence.span.start, sentence.span.end) : '');
        const saved = await insertHumanClaim(tx, statementId, claim, { sentenceHash, codebook: analysis.codebook });
        await insertClaimChange(tx, { claimId: saved.id, action: 'added', reason: input.reason, author: author.name, apiKeyId: author.keyId, before: null, after: snapshotOf(saved) });
        return saved;
      });
    },

    async changes(id) {
      if (!(await findClaim(db.reader, id))) throw claimNotFound(id);
      return listClaimChanges(db.reader, id);
    },
  };
}
