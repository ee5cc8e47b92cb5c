/** Every file format `analyze` can write, by its command-line flag. */
import type { Analysis } from '../model.ts';
import { renderMarkdown } from './markdown.ts';
import { renderCsv } from './csv.ts';
import { renderHtml } from './html.ts';
import { renderTimelineJs } from './timelinejs.ts';

export const EXPORTERS = {
  json: (analysis: Analysis) => JSON.stringify(analysis, null, 2) + '\n',
  md: renderMarkdown,
  csv: renderCsv,
  html: renderHtml,
  timelinejs: (analysis: Analysis) => JSON.stringify(renderTimelineJs(analysis), null, 2) + '\n',
} satisfies Record<string, (analysis: Analysis) => string>;
