-- CreateTable
CREATE TABLE "Party" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" JSONB NOT NULL,
    "kind" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Meeting" (
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
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "person" TEXT NOT NULL,
    "role" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingParticipant_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "issuer" TEXT NOT NULL,
    "title" TEXT,
    "sourceUrl" TEXT,
    "publishedAt" DATETIME,
    "retrievedAt" DATETIME,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "originalText" TEXT,
    "originalLanguage" TEXT,
    "contentHash" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Statement_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Statement_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "title" TEXT,
    "sourceUrl" TEXT,
    "publishedAt" DATETIME,
    "retrievedAt" DATETIME,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "originalText" TEXT,
    "originalLanguage" TEXT,
    "contentHash" TEXT NOT NULL,
    "partyId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatementRevision_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Party_code_key" ON "Party"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_ref_key" ON "Meeting"("ref");

-- CreateIndex
CREATE INDEX "Meeting_date_id_idx" ON "Meeting"("date", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_date_id_idx" ON "Meeting"("deletedAt", "date", "id");

-- CreateIndex
CREATE INDEX "MeetingParticipant_meetingId_position_idx" ON "MeetingParticipant"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingParticipant_partyId_idx" ON "MeetingParticipant"("partyId");

-- CreateIndex
CREATE INDEX "Statement_meetingId_partyId_idx" ON "Statement"("meetingId", "partyId");

-- CreateIndex
CREATE INDEX "Statement_partyId_idx" ON "Statement"("partyId");

-- CreateIndex
CREATE INDEX "Statement_contentHash_idx" ON "Statement"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "StatementRevision_statementId_revision_key" ON "StatementRevision"("statementId", "revision");


-- Hand-written: full-text index over live statements (Prisma does not model FTS5).
-- rowid is the statement id; triggers keep it in step, so no code path can forget it.
CREATE VIRTUAL TABLE "StatementSearch" USING fts5(
    "title", "text", tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement"
WHEN NEW."deletedAt" IS NULL
BEGIN
    INSERT INTO "StatementSearch" (rowid, "title", "text") VALUES (NEW."id", COALESCE(NEW."title", ''), NEW."text");
END;

CREATE TRIGGER "Statement_search_update" AFTER UPDATE ON "Statement"
BEGIN
    DELETE FROM "StatementSearch" WHERE rowid = OLD."id";
    INSERT INTO "StatementSearch" (rowid, "title", "text")
        SELECT NEW."id", COALESCE(NEW."title", ''), NEW."text" WHERE NEW."deletedAt" IS NULL;
END;

CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement"
BEGIN
    DELETE FROM "StatementSearch" WHERE rowid = OLD."id";
END;
