import { AppError, type FieldIssue } from '../errors.ts';
import { taxonomyLanguages, type Taxonomy } from './types.ts';

const topicId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const hasWord = /[\p{L}\p{N}]/u;
const languages: ReadonlySet<string> = new Set(taxonomyLanguages);

/** RFC 6901 §3: "~" and "/" inside a reference token are written "~0" and "~1". */
const pointerToken = (key: string) => key.replace(/~/gu, '~0').replace(/\//gu, '~1');

/**
 * Checks what the analyser relies on: a non-negative integer version, unique kebab-case
 * ids, parents that exist, no cycles, at least one term per topic, and no blank or
 * wordless term or exclude. Throws AppError `invalid-taxonomy` listing every problem,
 * each with a JSON Pointer (RFC 6901, as a URI fragment) such as `#/topics/3/parent`.
 */
export function validateTaxonomy(taxonomy: Taxonomy): void {
  const issues: FieldIssue[] = [];
  const issue = (pointer: string, detail: string) => issues.push({ in: 'body', pointer, detail });
  if (!Number.isInteger(taxonomy.version) || taxonomy.version < 0) {
    issue('#/version', `must be a non-negative integer, got ${JSON.stringify(taxonomy.version) ?? 'nothing'}`);
  }
  const topics = Array.isArray(taxonomy.topics) ? taxonomy.topics : [];
  const indexById = new Map<string, number>();
  topics.forEach((topic, index) => {
    const id: unknown = topic.id;
    if (typeof id !== 'string' || !topicId.test(id)) issue(`#/topics/${index}/id`, `must be kebab-case (e.g. critical-minerals), got ${JSON.stringify(id) ?? 'nothing'}`);
    else if (indexById.has(id)) issue(`#/topics/${index}/id`, `must be unique, got '${id}', already the id of topic ${indexById.get(id)}`);
    else indexById.set(id, index);
    let termCount = 0;
    for (const [language, terms] of Object.entries((topic.terms as unknown) ?? {})) {
      if (!languages.has(language)) {
        issue(`#/topics/${index}/terms/${pointerToken(language)}`, `must be one of ${taxonomyLanguages.join(', ')}, got '${language}'`);
        continue;
      }
      if (!Array.isArray(terms)) continue;
      terms.forEach((term: unknown, t) => {
        if (typeof term !== 'string' || term.trim() === '') issue(`#/topics/${index}/terms/${language}/${t}`, 'must be a non-blank term, got a blank one');
        else if (!hasWord.test(term)) issue(`#/topics/${index}/terms/${language}/${t}`, `must contain a letter or digit, got '${term}'`);
        else termCount += 1;
      });
    }
    if (termCount === 0) issue(`#/topics/${index}/terms`, 'must hold at least one term, got none');
    (topic.excludes ?? []).forEach((phrase: unknown, e: number) => {
      if (typeof phrase !== 'string' || !hasWord.test(phrase)) issue(`#/topics/${index}/excludes/${e}`, `must contain a letter or digit, got ${JSON.stringify(phrase) ?? 'nothing'}`);
    });
  });
  topics.forEach((topic, index) => {
    if (topic.parent === undefined || topic.parent === null) return;
    if (!indexById.has(topic.parent)) {
      issue(`#/topics/${index}/parent`, `must name a topic of this taxonomy, got '${topic.parent}'`);
      return;
    }
    // Walk up from this topic; meeting it (or any topic twice) again is a cycle.
    const seen = new Set([topic.id]);
    let parent: string | null | undefined = topic.parent;
    while (parent !== undefined && parent !== null) {
      if (seen.has(parent)) {
        issue(`#/topics/${index}/parent`, `must not lead back to '${parent}', got a cycle through it`);
        return;
      }
      seen.add(parent);
      parent = topics[indexById.get(parent) ?? -1]?.parent;
    }
  });
  if (issues.length > 0) {
    throw new AppError('invalid-taxonomy', `taxonomy must be valid, got ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues);
  }
}
