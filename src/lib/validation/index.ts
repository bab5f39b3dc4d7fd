// The validation pass's public surface (used by scripts/check-content.ts and scripts/build.ts).
export { validateContent } from './validateContent';
export { validateSources, type ValidationOptions } from './validateSources';
export { readContentSources, displayPath, type ReadOptions } from './readContentSources';
export { formatProblem, formatReport, formatSummary } from './formatProblems';
export type { Problem, ProblemCheck, ValidationResult, EntryCounts } from './problem';
export type { SourceFile, DraftFile, ContentSources, HolidaySource } from './contentSources';
