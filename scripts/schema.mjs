#!/usr/bin/env node
/**
 * Writes what the rule registry decides about configuration files: schemas/govreportrc.schema.json (the JSON Schema
 * of .govreportrc.json) and, in package.json, the rule names the govreport.rules setting accepts. Run after adding or
 * renaming a rule or changing its description: test/unit/config.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = await esbuild.build({
  stdin: {
    contents: [
      "export { configSchema, CONFIG_SCHEMA_FILE } from './server/src/core/configSchema.ts';",
      "export { ruleNames } from './server/src/core/config.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const { configSchema, CONFIG_SCHEMA_FILE, ruleNames } = await import(
  `data:text/javascript;base64,${Buffer.from(built.outputFiles[0].contents).toString('base64')}`
);
const asJson = (value) => `${JSON.stringify(value, null, 2)}\n`;

writeFileSync(join(root, CONFIG_SCHEMA_FILE), asJson(configSchema()));
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);

const manifestFile = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
manifest.contributes.configuration.properties['govreport.rules'].propertyNames = { enum: ruleNames() };
writeFileSync(manifestFile, asJson(manifest));
console.log('wrote the rule names of govreport.rules in package.json');
