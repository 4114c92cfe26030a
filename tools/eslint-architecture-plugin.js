// Enforces the floor plan (docs/architecture.md): app → features → domain → components, lib; one feature never
// imports another; only src/lib/auth talks to MSAL; src never imports the emulator, nor the emulator src (each
// states Entra's rules in its own code, so a test of one never leans on the other); entra-facts, data every
// tenant shares, imports nothing and may be imported from anywhere.
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

function area(file) {
  const parts = relative(ROOT, file).split(sep);
  if (parts[0] === 'emulator') return { top: 'emulator' };
  if (parts[0] !== 'src') return { top: parts[0] };
  if (parts[1] === 'features') return { top: 'src', layer: 'features', feature: parts[2] };
  return { top: 'src', layer: parts[1], sub: parts[2] };
}

function problem(from, to) {
  if (from.top === 'entra-facts')
    return 'entra-facts is data only and imports nothing: move the code that needs this import elsewhere.';
  if (from.top === 'emulator' && to.top === 'src')
    return "the emulator must not import src: it states Entra's rules in its own code.";
  if (from.top !== 'src') return undefined;
  if (to.top === 'emulator')
    return 'src must not import the emulator: configuration alone points the app at it.';
  if (to.top !== 'src') return undefined;
  if (from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature) {
    return `feature "${from.feature}" must not import feature "${to.feature}": share through src/domain, src/components or src/lib.`;
  }
  if (
    (from.layer === 'components' || from.layer === 'lib' || from.layer === 'domain') &&
    (to.layer === 'features' || to.layer === 'app')
  ) {
    return `${from.layer} must not import ${to.layer}: dependencies point app → features → domain → components, lib.`;
  }
  if (from.layer === 'features' && to.layer === 'app') return 'features must not import app.';
  if (from.layer === 'lib' && to.layer === 'domain')
    return 'lib is infrastructure: it must not import the domain (src/domain) that builds on it.';
  if (
    from.layer === 'components' &&
    (to.layer === 'domain' || (to.layer === 'lib' && ['graph', 'auth'].includes(to.sub)))
  )
    return 'components are UI that knows no Graph, auth or domain: put this in src/domain or a feature.';
  return undefined;
}

const importDirection = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename;
    const from = area(file);
    const inAuth = from.top === 'src' && from.layer === 'lib' && from.sub === 'auth';
    const isBridge = relative(ROOT, file) === `src${sep}redirect-bridge.ts`;
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (from.top === 'src' && specifier.startsWith('@azure/msal-') && !inAuth && !isBridge) {
        context.report({ node, message: 'Only src/lib/auth may import MSAL; use useAuth() or getToken().' });
        return;
      }
      const target = specifier.startsWith('.') ? area(resolve(dirname(file), specifier)) : { top: specifier };
      if (!specifier.startsWith('.') && from.top !== 'entra-facts') return;
      const message = problem(from, target);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
    };
  },
};

// One spelling for every source file name, so a file is found by the words it is named after.
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/;

const kebabCaseFileNames = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    return {
      Program(node) {
        const name = context.filename.split(sep).pop() ?? '';
        if (!KEBAB_CASE.test(name))
          context.report({
            node,
            message: `File name "${name}" is not kebab-case (words-joined-by-hyphens).`,
          });
      },
    };
  },
};

export const architecturePlugin = {
  rules: { 'import-direction': importDirection, 'kebab-case-file-names': kebabCaseFileNames },
};
