import { primaryLanguage } from '../text/scripts.ts';

/**
 * The font families a PDF report uses: Noto Sans SC (Latin, Greek, Cyrillic and Chinese),
 * KR (Hangul, and Han in Korean text) and JP (Kana, and Han in Japanese text).
 */
export type ScriptFont = 'sc' | 'kr' | 'jp';

/** A stretch of text to set in one font. */
export interface ScriptRun {
  readonly text: string;
  readonly font: ScriptFont;
}

type Kind = ScriptFont | 'han' | 'neutral';

function kindOf(code: number): Kind {
  if ((code >= 0xac00 && code <= 0xd7ff) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xa960 && code <= 0xa97f)) return 'kr';
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f)) return 'jp';
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0x20000 && code <= 0x3ffff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff65) || (code >= 0xffa0 && code <= 0xffef)) return 'han';
  // Spaces, ASCII digits and punctuation take the font of the text around them, so a Korean sentence stays one run.
  if (code < 0x80 && !((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) return 'neutral';
  return 'sc';
}

/**
 * Splits text into runs by script, for a PDF font per run. Han characters follow
 * `language` (ja → JP, ko → KR), else the text itself (Kana → JP, Hangul → KR), else SC,
 * so Chinese characters in a Japanese or Korean readout get that country's glyph shapes.
 * Total: any string (lone surrogates included) gives runs that concatenate back to it.
 */
export function splitScriptRuns(text: string, language = ''): ScriptRun[] {
  const primary = primaryLanguage(language);
  let hanFont: ScriptFont = primary === 'ja' ? 'jp' : primary === 'ko' ? 'kr' : 'sc';
  if (primary !== 'ja' && primary !== 'ko' && primary !== 'zh') {
    if (/[\u3040-\u30ff]/u.test(text)) hanFont = 'jp';
    else if (/[\uac00-\ud7af]/u.test(text)) hanFont = 'kr';
  }
  const runs: { text: string; font: ScriptFont }[] = [];
  let pendingNeutral = '';
  for (const char of text) {
    const kind = kindOf(char.codePointAt(0) ?? 0);
    if (kind === 'neutral') {
      pendingNeutral += char;
      continue;
    }
    const font = kind === 'han' ? hanFont : kind;
    const last = runs.at(-1);
    if (last && last.font === font) last.text += pendingNeutral + char;
    else if (last) {
      last.text += pendingNeutral;
      runs.push({ text: char, font });
    } else runs.push({ text: pendingNeutral + char, font });
    pendingNeutral = '';
  }
  const last = runs.at(-1);
  if (last) last.text += pendingNeutral;
  else if (pendingNeutral !== '') runs.push({ text: pendingNeutral, font: 'sc' });
  return runs;
}
