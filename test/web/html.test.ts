import { escapeHtml, html, langAttr, raw, type HtmlValue } from '../../src/web/html.ts';

describe('html', () => {
  const cases: { value: HtmlValue; expected: string }[] = [
    { value: '<script>alert(1)</script>', expected: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' },
    // quotes are escaped, so a value cannot leave an attribute
    { value: '" onmouseover="x', expected: '<p>&quot; onmouseover=&quot;x</p>' },
    { value: "'&'", expected: '<p>&#39;&amp;&#39;</p>' },
    { value: 42, expected: '<p>42</p>' },
    // nothing renders for absent values
    { value: null, expected: '<p></p>' },
    { value: false, expected: '<p></p>' },
    { value: ['<a>', raw('<b>'), html`<i>${'<c>'}</i>`], expected: '<p>&lt;a&gt;<b><i>&lt;c&gt;</i></p>' },
  ];
  it.each(cases)('renders $value', ({ value, expected }) => {
    expect(html`<p>${value}</p>`.value).toBe(expected);
  });

  it.each([
    { text: 'plain', expected: 'plain' },
    { text: '双方 & 半导体', expected: '双方 &amp; 半导体' },
  ])('escapeHtml("$text")', ({ text, expected }) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  it.each([
    { language: 'zh-CN', expected: ' lang="zh-CN"' },
    // the page is English already
    { language: 'en', expected: '' },
    { language: 'x" onload="y', expected: '' },
    { language: null, expected: '' },
  ])('langAttr($language)', ({ language, expected }) => {
    expect(langAttr(language).value).toBe(expected);
  });
});
