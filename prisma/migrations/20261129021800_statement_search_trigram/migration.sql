-- Substring search for Chinese, Japanese and Korean. "StatementSearch" (unicode61)
-- keeps a run of Han or Hangul as one token, so a word inside a sentence ("半导体"
-- in "半导体产业链") is never found. The trigram tokenizer indexes every sequence of
-- three characters, so any substring of three or more characters matches; shorter
-- ones are searched with instr() over this table (see src/db/statement-search.ts).
CREATE VIRTUAL TABLE "StatementSearchTrigram" USING fts5(
    "title", "text", tokenize = 'trigram'
);

INSERT INTO "StatementSearchTrigram" (rowid, "title", "text")
    SELECT "id", COALESCE("title", ''), "text" FROM "Statement" WHERE "deletedAt" IS NULL;

CREATE TRIGGER "Statement_trigram_insert" AFTER INSERT ON "Statement"
WHEN NEW."deletedAt" IS NULL
BEGIN
    INSERT INTO "StatementSearchTrigram" (rowid, "title", "text") VALUES (NEW."id", COALESCE(NEW."title", ''), NEW."text");
END;

CREATE TRIGGER "Statement_trigram_update" AFTER UPDATE ON "Statement"
BEGIN
    DELETE FROM "StatementSearchTrigram" WHERE rowid = OLD."id";
    INSERT INTO "StatementSearchTrigram" (rowid, "title", "text")
        SELECT NEW."id", COALESCE(NEW."title", ''), NEW."text" WHERE NEW."deletedAt" IS NULL;
END;

CREATE TRIGGER "Statement_trigram_delete" AFTER DELETE ON "Statement"
BEGIN
    DELETE FROM "StatementSearchTrigram" WHERE rowid = OLD."id";
END;
