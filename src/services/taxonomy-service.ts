import { createAnalyser } from '../domain/analysis/create-analyser.ts';
import { defaultTaxonomy } from '../domain/analysis/default-taxonomy.ts';
import type { Taxonomy, Topic } from '../domain/analysis/types.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from '../db/create-db.ts';
import type { StoredTaxonomy } from '../domain/analysis/types.ts';
import {
  findCurrentTaxonomy, findCurrentTaxonomyVersion, findTaxonomyVersion, insertTaxonomyVersion, listTaxonomyVersions, type TaxonomyChange, type TaxonomyVersionSummary,
} from '../db/taxonomy-repository.ts';
import { assertCurrentVersion } from './preconditions.ts';

export interface TaxonomyService {
  /** The current taxonomy; the built-in default is stored as version 1 on first use. */
  current(): Promise<StoredTaxonomy>;
  version(version: number): Promise<StoredTaxonomy>;
  versions(): Promise<TaxonomyVersionSummary[]>;
  /** Stores `topics` as the next version after checking they compile; fires `onChange`. */
  replace(topics: readonly Topic[], change: TaxonomyChange, expectedVersion?: number): Promise<StoredTaxonomy>;
  upsertTopic(topic: Topic, change: TaxonomyChange, expectedVersion?: number): Promise<StoredTaxonomy>;
  removeTopic(topicId: string, change: TaxonomyChange, expectedVersion?: number): Promise<StoredTaxonomy>;
}

export function createTaxonomyService(deps: { db: Db; onChange: () => void }): TaxonomyService {
  const { db } = deps;

  // The current version's topics, parsed once: every comparison and analysis asks for
  // them, and reading and parsing the JSON of 58 topics each time cost about 5 ms. Which
  // version is current is still read every time (one index read), so a version stored by
  // another process is picked up at once.
  let latest: StoredTaxonomy | undefined;

  async function current(): Promise<StoredTaxonomy> {
    const version = await findCurrentTaxonomyVersion(db.reader);
    if (version !== null && latest?.version === version) return latest;
    const stored = await findCurrentTaxonomy(db.reader);
    if (stored) {
      latest = stored;
      return stored;
    }
    return db.write(async (tx) => (await findCurrentTaxonomy(tx))
      ?? insertTaxonomyVersion(tx, { version: 1, topics: defaultTaxonomy.topics }, { note: 'Built-in default taxonomy' }));
  }

  // Compiling checks the new version (AppError invalid-taxonomy) outside the write
  // transaction; the transaction only checks nobody stored another version meanwhile.
  async function store(next: (topics: readonly Topic[]) => readonly Topic[], change: TaxonomyChange, expectedVersion?: number) {
    const base = await current();
    assertCurrentVersion('the taxonomy', base.version, expectedVersion);
    const taxonomy: Taxonomy = { version: base.version + 1, topics: next(base.topics) };
    // Compiling is the check: it throws invalid-taxonomy for terms that cannot work.
    createAnalyser(taxonomy);
    const stored = await db.write(async (tx) => {
      const latest = await findCurrentTaxonomy(tx);
      assertCurrentVersion('the taxonomy', latest?.version ?? 0, base.version);
      return insertTaxonomyVersion(tx, taxonomy, change);
    });
    deps.onChange();
    return stored;
  }

  return {
    current,
    async version(version) {
      await current();
      const found = await findTaxonomyVersion(db.reader, version);
      if (!found) throw new AppError('not-found', `taxonomy version ${version} does not exist`);
      return found;
    },
    async versions() {
      await current();
      return listTaxonomyVersions(db.reader);
    },
    replace: (topics, change, expectedVersion) => store(() => topics, change, expectedVersion),
    upsertTopic: (topic, change, expectedVersion) => store((topics) => {
      const index = topics.findIndex((existing) => existing.id === topic.id);
      return index === -1 ? [...topics, topic] : topics.map((existing, i) => (i === index ? topic : existing));
    }, change, expectedVersion),
    async removeTopic(topicId, change, expectedVersion) {
      const taxonomy = await current();
      if (!taxonomy.topics.some((topic) => topic.id === topicId)) throw new AppError('not-found', `topic ${topicId} does not exist`);
      return store((topics) => topics.filter((topic) => topic.id !== topicId), change, expectedVersion);
    },
  };
}
