// Writes the published JSON Schemas (assets/schemas/*.schema.json) from the zod schemas in
// electron/core/export/config-schemas.ts (z.toJSONSchema). `npx tsx scripts/write-schemas.ts`;
// test/unit/export-config.test.ts fails when a file differs from what this writes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { configJsonSchema } from '../electron/core/export/config-schemas.js';

/** File name of each profile's published schema. */
export const SCHEMA_FILES = {
  inventory360: 'inventory360-config.v1.schema.json',
  etron: 'etron-onretail-config.v1.schema.json',
  generic: 'generic-config.v1.schema.json',
} as const;

if (require.main === module) {
  for (const [profile, file] of Object.entries(SCHEMA_FILES)) {
    const schema = configJsonSchema(profile as keyof typeof SCHEMA_FILES);
    writeFileSync(path.join(__dirname, '..', 'assets', 'schemas', file), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
