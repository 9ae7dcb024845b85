-- AlterTable
ALTER TABLE "StatementRevision" ADD COLUMN "apiKeyId" INTEGER;

-- AlterTable
ALTER TABLE "TaxonomyVersion" ADD COLUMN "apiKeyId" INTEGER;

-- AlterTable
ALTER TABLE "ClaimChange" ADD COLUMN "apiKeyId" INTEGER;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

