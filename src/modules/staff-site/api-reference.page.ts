// The staff API reference as one plain HTML page, rendered from the OpenAPI document. Every
// value passes through escapeHtml: descriptions and examples come from code, but never trust it.

type Json = Record<string, unknown>;

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

function schemaBlock(schema: unknown): string {
  return `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`;
}

function contentOf(part: unknown): string {
  const content = (part as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
  if (!content) return '<p>No body.</p>';
  return Object.entries(content)
    .map(([type, media]) => `<p><code>${escapeHtml(type)}</code></p>${schemaBlock(media.schema ?? {})}`)
    .join('');
}

function parameterTable(parameters: Json[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters
    .map(
      (parameter) =>
        `<tr><td><code>${escapeHtml(text(parameter.name))}</code></td><td>${escapeHtml(text(parameter.in))}</td>` +
        `<td>${parameter.required === true ? 'yes' : 'no'}</td><td><code>${escapeHtml(JSON.stringify(parameter.schema))}</code></td></tr>`,
    )
    .join('');
  return `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Schema</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function operationSection(method: string, path: string, operation: Json): string {
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
  const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>)
    .map(
      ([status, answer]) =>
        `<h4>${escapeHtml(status)}: ${escapeHtml(text(answer.description))}</h4>${contentOf(answer)}`,
    )
    .join('');
  const body = operation.requestBody ? `<h4>Request body</h4>${contentOf(operation.requestBody)}` : '';
  return (
    `<section id="${escapeHtml(id)}"><h3><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></h3>` +
    (typeof operation.summary === 'string' ? `<p>${escapeHtml(operation.summary)}</p>` : '') +
    parameterTable((operation.parameters ?? []) as Json[]) +
    body +
    responses +
    '</section>'
  );
}

export function renderApiReference(document: Json): string {
  const info = (document.info ?? {}) as Json;
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  const operations = Object.entries(paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({ path, method, operation })),
  );
  const index = operations
    .map(({ path, method }) => {
      const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      return `<li><a href="#${escapeHtml(id)}"><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></a></li>`;
    })
    .join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(text(info.title, 'API'))} reference</title></head><body><main>` +
    `<h1>${escapeHtml(text(info.title, 'API'))} reference</h1>` +
    `<p>${escapeHtml(text(info.description))}</p>` +
    '<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>' +
    `<h2>Operations (${String(operations.length)})</h2><ul>${index}</ul>` +
    operations.map(({ path, method, operation }) => operationSection(method, path, operation)).join('') +
    '</main></body></html>'
  );
}
