// npm run build:site -- path/to/config.js [--origin https://dashboard.contoso.com] [--out site]
// Builds site/ (the app, that config.js, the header files for its authority and Graph) and prints what to
// register in Entra. A config the app would refuse builds nothing and exits non-zero, naming the field.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, readOrigin } from './site/write-site.ts';
import { registrationSteps } from './site/registration-steps.ts';

const ROOT = resolve(import.meta.dirname, '..');

try {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { origin: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file) throw new Error('usage: npm run build:site -- path/to/config.js [--origin https://your.host]');
  const origin = values.origin === undefined ? undefined : readOrigin(values.origin);
  const outDir = resolve(ROOT, values.out ?? 'site');
  const config = await buildSite({ configFile: resolve(file), outDir });
  console.log(
    `\n${relative(process.cwd(), outDir) || '.'}/ is ready to upload: the app, ${file} as config.js,`,
  );
  console.log('_headers (Netlify, Cloudflare Pages) and staticwebapp.config.json (Azure Static Web Apps).\n');
  console.log(registrationSteps(config, origin));
} catch (error) {
  console.error(`build:site: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
