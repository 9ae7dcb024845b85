-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "changeCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "comparisonStale" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "divergence" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "TaxonomyVersion" (
    "version" INTEGER NOT NULL,
    "topics" JSONB NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaxonomyVersion_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "StatementAnalysis" (
    "statementId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "taxonomyVersion" INTEGER NOT NULL,
    "codebook" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "sentences" JSONB NOT NULL,
    "atmosphere" JSONB NOT NULL,
    "stale" BOOLEAN NOT NULL DEFAULT false,
    "analysedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementAnalysis_pkey" PRIMARY KEY ("statementId")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "sentenceHash" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "act" TEXT NOT NULL,
    "actConfidence" DOUBLE PRECISION NOT NULL,
    "actRule" JSONB NOT NULL,
    "actStart" INTEGER,
    "actEnd" INTEGER,
    "actorKind" TEXT NOT NULL,
    "actorParties" JSONB NOT NULL,
    "actorStart" INTEGER,
    "actorEnd" INTEGER,
    "negated" BOOLEAN NOT NULL,
    "future" BOOLEAN NOT NULL,
    "hypothetical" BOOLEAN NOT NULL,
    "historical" BOOLEAN NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "topicRule" JSONB NOT NULL,
    "codebook" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "originTopic" TEXT,
    "originOffset" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimChange" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatementAnalysis_taxonomyVersion_idx" ON "StatementAnalysis"("taxonomyVersion");

-- CreateIndex
CREATE INDEX "StatementAnalysis_stale_idx" ON "StatementAnalysis"("stale");

-- CreateIndex
CREATE INDEX "Claim_statementId_sentenceIndex_idx" ON "Claim"("statementId", "sentenceIndex");

-- CreateIndex
CREATE INDEX "Claim_topic_idx" ON "Claim"("topic");

-- CreateIndex
CREATE INDEX "ClaimChange_claimId_idx" ON "ClaimChange"("claimId");

-- CreateIndex
CREATE INDEX "Meeting_divergence_id_idx" ON "Meeting"("divergence", "id");

-- CreateIndex
CREATE INDEX "Meeting_comparisonStale_idx" ON "Meeting"("comparisonStale");

-- AddForeignKey
ALTER TABLE "StatementAnalysis" ADD CONSTRAINT "StatementAnalysis_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimChange" ADD CONSTRAINT "ClaimChange_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written: a meeting's stored comparison goes stale whenever one of its statements or
-- claims changes (the same rule as the SQLite triggers of this step). Statement-level
-- triggers with transition tables: an analysis writes dozens of claims in one statement,
-- and one UPDATE per statement keeps the meeting row from churning a version per claim.
-- changeCount only has to move on with every change, not count rows.
CREATE FUNCTION "meeting_mark_stale"(meeting_ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
    UPDATE "Meeting" SET "comparisonStale" = true, "changeCount" = "changeCount" + 1
    WHERE "id" = ANY (meeting_ids);
$$;

CREATE FUNCTION "statement_comparison_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "meeting_mark_stale"(ARRAY(SELECT DISTINCT "meetingId" FROM new_rows ORDER BY 1));
    ELSE
        PERFORM "meeting_mark_stale"(ARRAY(
            SELECT "meetingId" FROM old_rows UNION SELECT "meetingId" FROM new_rows ORDER BY 1));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION "claim_comparison_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM "meeting_mark_stale"(ARRAY(
            SELECT DISTINCT s."meetingId" FROM old_rows c JOIN "Statement" s ON s."id" = c."statementId" ORDER BY 1));
    ELSE
        PERFORM "meeting_mark_stale"(ARRAY(
            SELECT DISTINCT s."meetingId" FROM new_rows c JOIN "Statement" s ON s."id" = c."statementId" ORDER BY 1));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Statement_comparison_stale_insert" AFTER INSERT ON "Statement"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statement_comparison_stale"();

CREATE TRIGGER "Statement_comparison_stale_update" AFTER UPDATE ON "Statement"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statement_comparison_stale"();

CREATE TRIGGER "Claim_comparison_stale_insert" AFTER INSERT ON "Claim"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_comparison_stale"();

CREATE TRIGGER "Claim_comparison_stale_update" AFTER UPDATE ON "Claim"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_comparison_stale"();

CREATE TRIGGER "Claim_comparison_stale_delete" AFTER DELETE ON "Claim"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_comparison_stale"();
