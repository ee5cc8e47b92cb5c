/** Storyline's library API. */
export { analyze, analyzeDocuments, SCHEMA_VERSION, type AnalyzeOptions } from './pipeline.ts';
export { StorylineError, ERROR_CODES, type ErrorCode } from './errors.ts';
export type * from './model.ts';
