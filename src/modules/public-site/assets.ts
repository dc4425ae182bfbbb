import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type nunjucks from 'nunjucks';
import { z } from 'zod';

/** Built by scripts/build-public-css.js: each asset under its own name and under a content-hashed one. */
export const publicAssetsDir = join(import.meta.dirname, '..', '..', '..', 'dist', 'public');

/** A hashed name (linebreak.3f2a9c1d.css) never changes content, so browsers keep it for a year. */
export const hashedAssetName = /\.[0-9a-f]{8}\.(css|js|svg)(\.br|\.gz)?$/;
export const immutableCacheControl = 'public, max-age=31536000, immutable';

const manifestSchema = z.record(z.string(), z.string().regex(hashedAssetName));
let manifest: Readonly<Record<string, string>> | undefined;

/** The build's manifest; empty (pages use the plain names) when the assets are not built yet. */
function readManifest(): Readonly<Record<string, string>> {
  if (manifest === undefined) {
    try {
      manifest = manifestSchema.parse(JSON.parse(readFileSync(join(publicAssetsDir, 'manifest.json'), 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return {};
    }
  }
  return manifest;
}

/** The URL a page uses for one of the site's assets: its hashed name when the build made one. */
export function assetHref(name: string): string {
  return `/assets/${readManifest()[name] ?? name}`;
}

/**
 * Adds `assetHref` to the templates: layout.njk links the stylesheet and scripts with it (ADR 50).
 * Not `assetUrl`: GOV.UK's template already uses that name.
 */
export function addAssetGlobals(env: nunjucks.Environment): nunjucks.Environment {
  return env.addGlobal('assetHref', assetHref);
}
