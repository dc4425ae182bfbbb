import { extractEntities } from '../src/modules/extraction/extraction.ts';
import { loadCorpusTexts, percentile, round } from './support.ts';

export type ExtractionResult = { texts: number; meanChars: number; p50Ms: number; p99Ms: number; per2KbMs: number };

/** Time to extract every entity from each corpus text, and from 2 KB texts built from them. */
export function runExtractionBenchmark(rounds = 20): ExtractionResult {
  const texts = loadCorpusTexts();
  for (const text of texts) extractEntities(text); // warm the JIT and regex caches
  const timings: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const text of texts) {
      const started = performance.now();
      extractEntities(text);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  const long = texts.join('\n').slice(0, 2048);
  const started = performance.now();
  for (let r = 0; r < 200; r += 1) extractEntities(long);
  return {
    texts: texts.length,
    meanChars: Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length),
    p50Ms: round(percentile(timings, 50), 3),
    p99Ms: round(percentile(timings, 99), 3),
    per2KbMs: round((performance.now() - started) / 200, 3),
  };
}
