/**
 * Whether a UTF-16 code unit is Han, Kana or Hangul: the scripts that do not separate
 * words with spaces and end sentences with their own marks.
 */
export function isCjkCode(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) // Hiragana, Katakana
    || (code >= 0x3400 && code <= 0x4dbf) // CJK Extension A
    || (code >= 0x4e00 && code <= 0x9fff) // CJK Unified Ideographs
    || (code >= 0xac00 && code <= 0xd7af) // Hangul syllables
    || (code >= 0x1100 && code <= 0x11ff) // Hangul Jamo
    || (code >= 0x3130 && code <= 0x318f) // Hangul compatibility Jamo
    || (code >= 0xf900 && code <= 0xfaff) // CJK compatibility ideographs
    || (code >= 0xff66 && code <= 0xff9f); // half-width Katakana
}

/** Whether a code unit is Hangul or Kana: Korean and Japanese put the verb last. */
function isVerbFinalCode(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff66 && code <= 0xff9f);
}

const letter = /\p{L}/u;

/** Primary subtag of a BCP 47 tag, lower-cased ("zh-CN" → "zh"); "" for junk. */
export function primaryLanguage(language: string): string {
  return (language.split(/[-_]/u)[0] ?? '').toLowerCase();
}

const cjkLanguages: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);

/**
 * Whether text[start, end) is mostly Chinese, Japanese or Korean. A CJK character
 * carries about as much as two Latin letters, so it counts double, and four times
 * when `language` says the statement is zh, ja or ko (an English acronym in a Korean
 * line does not make it English). False when the range has no CJK at all.
 */
export function isMostlyCjk(text: string, start = 0, end: number = text.length, language = ''): boolean {
  const weight = cjkLanguages.has(primaryLanguage(language)) ? 4 : 2;
  let cjk = 0;
  let others = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (isCjkCode(code)) cjk += 1;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) others += 1;
    else if (code > 0x7f && letter.test(text[i] ?? '')) others += 1;
  }
  return cjk > 0 && cjk * weight >= others;
}

/** Whether text[start, end) holds Hangul or Kana, whose clauses end in the verb (SOV order). */
export function isVerbFinal(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (isVerbFinalCode(text.charCodeAt(i))) return true;
  return false;
}
