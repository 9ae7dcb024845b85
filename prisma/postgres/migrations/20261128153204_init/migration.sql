-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Party" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" JSONB NOT NULL,
    "kind" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "ref" TEXT,
    "title" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "location" TEXT,
    "forum" TEXT,
    "kind" TEXT NOT NULL,
    "tags" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "person" TEXT NOT NULL,
    "role" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "partyId" INTEGER NOT NULL,
    "issuer" TEXT NOT NULL,
    "title" TEXT,
    "sourceUrl" TEXT,
    "publishedAt" TIMESTAMP(3),
    "retrievedAt" TIMESTAMP(3),
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "originalText" TEXT,
    "originalLanguage" TEXT,
    "contentHash" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementRevision" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "title" TEXT,
    "sourceUrl" TEXT,
    "publishedAt" TIMESTAMP(3),
    "retrievedAt" TIMESTAMP(3),
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "originalText" TEXT,
    "originalLanguage" TEXT,
    "contentHash" TEXT NOT NULL,
    "partyId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementRevision_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementRevision" ADD CONSTRAINT "StatementRevision_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written: full-text index over live statements, PostgreSQL's counterpart of the
-- SQLite FTS5 table (Prisma models neither). One row per live statement; a trigger
-- keeps it in step, so no code path can forget it, and the cascade removes it with
-- its statement. The configuration matches FTS5's `porter unicode61 remove_diacritics 2`:
-- English stemming ("semiconductors" finds "semiconductor"), accents folded, and no
-- stop-word list (FTS5 has none, so "the" must stay searchable).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY "parallax_stem" (TEMPLATE = snowball, Language = english);

CREATE TEXT SEARCH CONFIGURATION "parallax_search" (COPY = pg_catalog.simple);

ALTER TEXT SEARCH CONFIGURATION "parallax_search"
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, "parallax_stem";

CREATE TABLE "StatementSearch" (
    "statementId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "StatementSearch_pkey" PRIMARY KEY ("statementId"),
    CONSTRAINT "StatementSearch_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE
);

CREATE INDEX "StatementSearch_document_idx" ON "StatementSearch" USING GIN ("document");

CREATE FUNCTION "statement_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."deletedAt" IS NULL THEN
        INSERT INTO "StatementSearch" ("statementId", "document")
        VALUES (NEW."id", to_tsvector('parallax_search', COALESCE(NEW."title", '') || ' ' || NEW."text"))
        ON CONFLICT ("statementId") DO UPDATE SET "document" = EXCLUDED."document";
    ELSE
        DELETE FROM "StatementSearch" WHERE "statementId" = NEW."id";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "statement_search_sync"();

CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "title", "text", "deletedAt" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "statement_search_sync"();
