/** A line printed twice in a row (a photo caption above and below the picture, a doubled subhead) is kept once. */
import { lineKey, type Line } from '../lines.ts';

export function dropDuplicateLines(lines: Line[]): Line[] {
  let previous: string | null = null;
  for (const line of lines) {
    if (line.removed !== null) continue;
    const key = lineKey(line.text);
    if (key === previous && key.length > 0) line.removed = 'duplicate-line';
    previous = key;
  }
  return lines;
}
