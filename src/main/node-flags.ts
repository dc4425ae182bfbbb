import { readFileSync } from 'node:fs';

// The Node flags `npm start` runs the server with (package.json's "start" script is the one place
// they are written), so a benchmark or a test measures the server as it runs: WebAssembly kept at
// its baseline tier and V8 favouring memory over speed (docs/adr/0049).
export function serverNodeFlags(): readonly string[] {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const start = manifest.scripts.start ?? '';
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
}
