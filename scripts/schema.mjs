#!/usr/bin/env node
/**
 * Writes schemas/govreportrc.schema.json from server/src/core/configSchema.ts (the rule registry and the config keys).
 * Run after adding, renaming or describing a rule: the unit test test/unit/configSchema.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = await esbuild.build({
  entryPoints: ['server/src/core/configSchema.ts'],
  absWorkingDir: root,
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const { configSchema, CONFIG_SCHEMA_FILE } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].contents).toString('base64')}`);
writeFileSync(join(root, CONFIG_SCHEMA_FILE), `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
