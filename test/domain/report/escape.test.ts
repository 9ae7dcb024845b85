import { encodeUrlForMarkup, escapeHtml, escapeMarkdown, isWebUrl } from '../../../src/domain/report/escape.ts';

describe('escapeHtml', () => {
  const cases = [
    { text: '<script>alert("x")</script>', expected: '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' },
    { text: "Tom & Jerry's", expected: 'Tom &amp; Jerry&#39;s' },
    // already-escaped text is escaped again: the value is text, not markup
    { text: '&lt;b&gt;', expected: '&amp;lt;b&amp;gt;' },
    // XML 1.0 forbids NUL and lone surrogates, so they become U+FFFD; a surrogate pair is kept
    { text: 'a\u0000b\ud800c😀', expected: 'a\ufffdb\ufffdc😀' },
    { text: '中国 한국 日本', expected: '中国 한국 日本' },
  ];
  it.each(cases)('escapes $text', ({ text, expected }) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  const cases = [
    { text: 'a | b', expected: 'a \\| b' },
    { text: '**bold** _em_ `code`', expected: '\\*\\*bold\\*\\* \\_em\\_ \\`code\\`' },
    { text: '[x](javascript:alert(1))', expected: '\\[x\\](javascript:alert(1))' },
    { text: '<img src=x onerror=alert(1)>', expected: '\\<img src=x onerror=alert(1)\\>' },
    // a line break would end a table row or start a new block
    { text: 'one\ntwo\r\nthree', expected: 'one two three' },
    // would open a heading, a list item or an ordered list at the start of a line
    { text: '# title', expected: '\\# title' },
    { text: '- item', expected: '\\- item' },
    { text: '1. first', expected: '1\\. first' },
    { text: '&amp;', expected: '\\&amp;' },
    { text: '半导体 | 반도체', expected: '半导体 \\| 반도체' },
  ];
  it.each(cases)('escapes $text', ({ text, expected }) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('isWebUrl', () => {
  const cases = [
    { url: 'https://www.mofcom.gov.cn/article/a.html', expected: true },
    { url: 'http://example.org', expected: true },
    { url: 'javascript:alert(1)', expected: false },
    { url: 'data:text/html,<script>', expected: false },
    { url: 'https://x.org/"onmouseover=alert(1)', expected: false },
    { url: '//example.org', expected: false },
  ];
  it.each(cases)('says $url is a web URL: $expected', ({ url, expected }) => {
    expect(isWebUrl(url)).toBe(expected);
  });
});

describe('encodeUrlForMarkup', () => {
  it('when a URL holds characters that end a link or a table cell, percent-encodes them', () => {
    expect(encodeUrlForMarkup('https://x.org/a(b)|c')).toBe('https://x.org/a%28b%29%7Cc');
  });
});
