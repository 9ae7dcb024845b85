/**
 * Markup that is already safe to send: made only by the `html` tag (which escapes every
 * interpolated value) or by `raw` on a literal. Pages never concatenate strings into HTML.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text (escaped), numbers, markup, lists of these; nothing renders for null, undefined and false. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element body or a quoted attribute value (HTML Living Standard §13.1.2.3). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => entities[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are trusted, every `${value}` is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks a string as markup. Only for literals and our own serialisers, never for user text. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** The `lang` attribute value for a BCP 47 tag, or nothing for a tag that is not one. */
export function langTag(language: string | null | undefined): string | undefined {
  return language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/u.test(language) ? language : undefined;
}

/** ` lang="…"` for text in another language than the page's English, or nothing. */
export function langAttr(language: string | null | undefined): SafeHtml {
  const tag = langTag(language);
  return tag === undefined || tag === 'en' ? raw('') : html` lang="${tag}"`;
}
