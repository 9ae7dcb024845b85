import fs from 'node:fs';

/**
 * How many times more work the robustness tests do: 1 in `npm test`, more under
 * `npm run soak`, which sets PARALLAX_SOAK_FACTOR.
 */
export const soakFactor = Math.max(1, Math.trunc(Number(process.env.PARALLAX_SOAK_FACTOR ?? '1')) || 1);

/** Appends one line of figures for `npm run soak` to print; does nothing in `npm test`. */
export function recordFigures(suite: string, figures: Readonly<Record<string, number | string>>): void {
  const file = process.env.PARALLAX_FIGURES_FILE;
  if (file) fs.appendFileSync(file, `${JSON.stringify({ suite, ...figures })}\n`);
}
