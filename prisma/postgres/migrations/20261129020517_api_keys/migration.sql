-- AlterTable
ALTER TABLE "StatementRevision" ADD COLUMN     "apiKeyId" INTEGER;

-- AlterTable
ALTER TABLE "TaxonomyVersion" ADD COLUMN     "apiKeyId" INTEGER;

-- AlterTable
ALTER TABLE "ClaimChange" ADD COLUMN     "apiKeyId" INTEGER;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");



-- Hand-written, PostgreSQL only: the request counters of the rate limit (per API key,
-- per client address without one), shared by every instance so that N instances do not
-- allow N times the limit. A SQLite deployment is one process and counts in memory, so
-- the data model has no such table. UNLOGGED: a crash may forget the current minute's
-- counts, which is not worth a WAL record per request.
CREATE UNLOGGED TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key")
);
