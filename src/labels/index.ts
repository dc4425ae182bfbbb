// The words for codes, in the one place both the server and the staff web app import (ADR 0037).
// web/src may import from src/ only this entry, and everything it reaches is pure: no packages,
// no node: built-ins, no I/O (test/architecture/shared-labels.test.ts).
export * from './disclosure-labels.ts';
export * from './grading-labels.ts';
export * from './calendar-labels.ts';
export * from './operations-labels.ts';
export * from './report-labels.ts';
export * from './report-languages.ts';
export * from './report-vocabulary.ts';
export * from './staff-labels.ts';
