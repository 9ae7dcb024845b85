import { AppError, type FieldIssue } from '../errors.ts';
import type { Taxonomy } from './types.ts';

const topicId = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks what the analyser relies on: unique kebab-case ids, parents that exist,
 * no cycles, and at least one term per topic. Throws `invalid-taxonomy` listing
 * every problem with a JSON Pointer into the topics array.
 */
export function validateTaxonomy(taxonomy: Taxonomy): void {
  const issues: FieldIssue[] = [];
  const issue = (pointer: string, detail: string) => issues.push({ in: 'body', pointer, detail });
  const indexById = new Map<string, number>();
  taxonomy.topics.forEach((topic, index) => {
    if (!topicId.test(topic.id)) issue(`#/topics/${index}/id`, `must be kebab-case, got '${topic.id}'`);
    if (indexById.has(topic.id)) issue(`#/topics/${index}/id`, `'${topic.id}' is already the id of topic ${indexById.get(topic.id)}`);
    else indexById.set(topic.id, index);
    const termCount = Object.values(topic.terms).reduce((sum, terms) => sum + (terms?.filter((t) => t.trim() !== '').length ?? 0), 0);
    if (termCount === 0) issue(`#/topics/${index}/terms`, 'must hold at least one non-empty term');
  });
  taxonomy.topics.forEach((topic, index) => {
    if (topic.parent === undefined || topic.parent === null) return;
    if (!indexById.has(topic.parent)) {
      issue(`#/topics/${index}/parent`, `names no topic of this taxonomy, got '${topic.parent}'`);
      return;
    }
    const seen = new Set([topic.id]);
    let parent: string | undefined = topic.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        issue(`#/topics/${index}/parent`, `makes a cycle through '${parent}'`);
        return;
      }
      seen.add(parent);
      parent = taxonomy.topics[indexById.get(parent) ?? -1]?.parent ?? undefined;
    }
  });
  if (issues.length > 0) {
    throw new AppError('invalid-taxonomy', `the taxonomy has ${issues.length} problem(s)`, issues);
  }
}
