// ESLint rules that keep the module boundaries (docs/architecture.md, ADR 0022):
// - linebreak/module-boundaries: code outside a business module (src/modules/<name>/) reaches
//   it only through its index.ts; platform/ never imports a module (apart from the table types
//   that platform/db/database.ts assembles into the Database type); modules never import main/.
// - linebreak/allowed-imports: the files given import only what the allow-list names (the public
//   listener). Patterns: "src/..." paths relative to the repository root ending in "/**" for a
//   folder, and package names ending in "/*" or "*" for a scope or prefix.
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const modulesDir = resolve(root, 'src', 'modules');

function sourcesOf(context, report) {
  const check = (node) => {
    if (node.source && typeof node.source.value === 'string') report(node, node.source.value);
  };
  return {
    ImportDeclaration: check,
    ExportNamedDeclaration: check,
    ExportAllDeclaration: check,
    ImportExpression: check,
  };
}

function resolveSpecifier(filename, specifier) {
  if (specifier.startsWith('#src/')) return resolve(root, 'src', specifier.slice('#src/'.length));
  if (specifier.startsWith('.')) return resolve(dirname(filename), specifier);
  return null;
}

const moduleOf = (path) => {
  const rel = relative(modulesDir, path);
  return rel.startsWith('..') ? null : rel.split(sep)[0];
};
const inside = (path, dir) => !relative(dir, path).startsWith('..');

const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import a business module only through its index.ts; keep main → modules → platform.' },
    schema: [],
    messages: {
      internal: "'{{target}}' is internal to the {{module}} module: import '{{index}}' instead.",
      platform: 'platform/ has no business words in it: it must not import the {{module}} module.',
      main: 'Modules must not import the composition roots in src/main.',
    },
  },
  create(context) {
    const filename = context.filename;
    const fromModule = moduleOf(filename);
    const inPlatform = inside(filename, resolve(root, 'src', 'platform'));
    return sourcesOf(context, (node, specifier) => {
      const target = resolveSpecifier(filename, specifier);
      if (target === null) return;
      if (fromModule !== null && inside(target, resolve(root, 'src', 'main'))) {
        context.report({ node, messageId: 'main' });
        return;
      }
      const toModule = moduleOf(target);
      if (toModule === null || toModule === fromModule) return;
      if (inPlatform) {
        const schemaAssembly =
          filename === resolve(root, 'src', 'platform', 'db', 'database.ts') &&
          target.endsWith('.table.ts') &&
          node.importKind === 'type';
        if (!schemaAssembly) context.report({ node, messageId: 'platform', data: { module: toModule } });
        return;
      }
      const index = resolve(modulesDir, toModule, 'index.ts');
      if (target !== index) {
        let suggestion = relative(dirname(filename), index);
        if (!suggestion.startsWith('.')) suggestion = `./${suggestion}`;
        context.report({
          node,
          messageId: 'internal',
          data: { target: specifier, module: toModule, index: suggestion },
        });
      }
    });
  },
};

function allowedBy(pattern, candidate) {
  if (pattern.endsWith('/**')) return candidate === pattern.slice(0, -3) || candidate.startsWith(pattern.slice(0, -2));
  if (pattern.endsWith('*')) return candidate.startsWith(pattern.slice(0, -1));
  return candidate === pattern || candidate.startsWith(`${pattern}/`);
}

const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'The files this applies to import only what the allow-list names.' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'string' } },
          allowTypes: { type: 'array', items: { type: 'string' } },
          reason: { type: 'string' },
        },
        required: ['allow'],
        additionalProperties: false,
      },
    ],
    messages: { notAllowed: "'{{specifier}}' is not on the allow-list: {{reason}}" },
  },
  create(context) {
    const { allow, allowTypes = [], reason = 'see eslint.config.js.' } = context.options[0];
    const filename = context.filename;
    return sourcesOf(context, (node, specifier) => {
      const target = resolveSpecifier(filename, specifier);
      const candidate = target === null ? specifier : relative(root, target).split(sep).join('/');
      const list = node.importKind === 'type' ? [...allow, ...allowTypes] : allow;
      if (!list.some((pattern) => allowedBy(pattern, candidate))) {
        context.report({ node, messageId: 'notAllowed', data: { specifier, reason } });
      }
    });
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries, 'allowed-imports': allowedImports } };
