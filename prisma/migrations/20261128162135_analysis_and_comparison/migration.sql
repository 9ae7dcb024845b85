-- CreateTable
CREATE TABLE "TaxonomyVersion" (
    "version" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "topics" JSONB NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "StatementAnalysis" (
    "statementId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "revision" INTEGER NOT NULL,
    "taxonomyVersion" INTEGER NOT NULL,
    "codebook" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "sentences" JSONB NOT NULL,
    "atmosphere" JSONB NOT NULL,
    "stale" BOOLEAN NOT NULL DEFAULT false,
    "analysedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatementAnalysis_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "sentenceHash" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "evidenceStart" INTEGER NOT NULL,
    "evidenceEnd" INTEGER NOT NULL,
    "act" TEXT NOT NULL,
    "actConfidence" REAL NOT NULL,
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
    "confidence" REAL NOT NULL,
    "topicRule" JSONB NOT NULL,
    "codebook" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "originTopic" TEXT,
    "originOffset" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimChange_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ref" TEXT,
    "title" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "endDate" DATETIME,
    "location" TEXT,
    "forum" TEXT,
    "kind" TEXT NOT NULL,
    "tags" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "divergence" REAL,
    "comparisonStale" BOOLEAN NOT NULL DEFAULT true,
    "changeCount" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Meeting" ("createdAt", "date", "deletedAt", "endDate", "forum", "id", "kind", "location", "ref", "tags", "title", "updatedAt", "version") SELECT "createdAt", "date", "deletedAt", "endDate", "forum", "id", "kind", "location", "ref", "tags", "title", "updatedAt", "version" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE UNIQUE INDEX "Meeting_ref_key" ON "Meeting"("ref");
CREATE INDEX "Meeting_date_id_idx" ON "Meeting"("date", "id");
CREATE INDEX "Meeting_deletedAt_date_id_idx" ON "Meeting"("deletedAt", "date", "id");
CREATE INDEX "Meeting_divergence_id_idx" ON "Meeting"("divergence", "id");
CREATE INDEX "Meeting_comparisonStale_idx" ON "Meeting"("comparisonStale");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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


-- Hand-written: a meeting's stored comparison goes stale whenever one of its statements or
-- claims changes. Triggers, so that no write path can forget; the refresher clears the flag.
CREATE TRIGGER "Statement_comparison_stale_insert" AFTER INSERT ON "Statement"
BEGIN
    UPDATE "Meeting" SET "comparisonStale" = true, "changeCount" = "changeCount" + 1 WHERE "id" = NEW."meetingId";
END;

CREATE TRIGGER "Statement_comparison_stale_update" AFTER UPDATE ON "Statement"
BEGIN
    UPDATE "Meeting" SET "comparisonStale" = true, "changeCount" = "changeCount" + 1 WHERE "id" IN (OLD."meetingId", NEW."meetingId");
END;

CREATE TRIGGER "Claim_comparison_stale_insert" AFTER INSERT ON "Claim"
BEGIN
    UPDATE "Meeting" SET "comparisonStale" = true, "changeCount" = "changeCount" + 1
    WHERE "id" = (SELECT "meetingId" FROM "Statement" WHERE "id" = NEW."statementId");
END;

CREATE TRIGGER "Claim_comparison_stale_update" AFTER UPDATE ON "Claim"
BEGIN
    UPDATE "Meeting" SET "comparisonStale" = true, "changeCount" = "changeCount" + 1
    WHERE "id" = (SELECT "meetingId" FROM "Statement" WHERE "id" = NEW."statementId");
END;

CREATE TRIGGER "Claim_comparison_stale_delete" AFTER DELETE ON "Claim"
BEGIN
    UPDATE "Meeting" SET "comparisonStale" = true, "changeCount" = "changeCount" + 1
    WHERE "id" = (SELECT "meetingId" FROM "Statement" WHERE "id" = OLD."statementId");
END;
