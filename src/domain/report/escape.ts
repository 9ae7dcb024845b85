const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for an HTML or SVG element body or a quoted attribute value (HTML Living Standard
 * §13.1.2.3; XML 1.0 §2.4). Any string in, no markup out. XML 1.0 §2.2 forbids most C0
 * controls and lone surrogates even as references, so those become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return text
    // With the u flag a surrogate range matches only unpaired surrogates; pairs are one code point.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu, '\ufffd')
    .replace(/[&<>"']/gu, (char) => htmlEntities[char] ?? char);
}

/**
 * Text for inline Markdown (CommonMark 0.31 §2.4: any ASCII punctuation may be
 * backslash-escaped). Line breaks become spaces, so a value never starts a block; the
 * characters that open emphasis, code, links, HTML, tables or entities are escaped, and
 * so are those that would open a block at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/gu, ' ')
    .replace(/[\\`*_[\]<>|~&]/gu, (char) => `\\${char}`)
    .replace(/^(\s*)([#+\-=])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

/** Whether a link target may be written as a link: only absolute http(s) URLs, never `javascript:` and the like. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"'`]+$/iu.test(url);
}

/** The characters of a URL that would end a Markdown link destination or an HTML attribute, percent-encoded. */
export function encodeUrlForMarkup(url: string): string {
  return url.replace(/[()<>"'\\ `|[\]]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
