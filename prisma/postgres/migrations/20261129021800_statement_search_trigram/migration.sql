-- Substring search for Chinese, Japanese and Korean, the twin of SQLite's
-- "StatementSearchTrigram". "parallax_search" keeps a run of Han or Hangul as one
-- word, so a word inside a sentence ("半导体" in "半导体产业链") is never found in
-- "StatementSearch". pg_trgm indexes every sequence of three characters, so ILIKE
-- '%半导体%' is answered from these indexes for any substring of three or more
-- characters; shorter ones are searched with strpos() (see
-- src/db/postgres-statement-search.ts). The rows need no table and no triggers of
-- their own: the indexes cover the live statements' own columns.
-- pg_trgm takes its word characters from the cluster's ctype: it needs a UTF-8 locale
-- (.ci/run: initdb --locale=C.UTF-8), or CJK text yields no trigrams and every search
-- scans (the results stay right: ILIKE rechecks each row).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Statement_title_trigram_idx" ON "Statement" USING GIN ("title" gin_trgm_ops) WHERE "deletedAt" IS NULL;

CREATE INDEX "Statement_text_trigram_idx" ON "Statement" USING GIN ("text" gin_trgm_ops) WHERE "deletedAt" IS NULL;
