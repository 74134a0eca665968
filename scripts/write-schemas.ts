// Writes the published JSON Schemas (assets/schemas/*.schema.json) from electron/core/export/config-schemas.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SCHEMAS } from '../electron/core/export/config-schemas.js';

/** File name of each profile's published schema. */
export const SCHEMA_FILES = {
  inventory360: 'inventory360-config.v1.schema.json',
  etron: 'etron-onretail-config.v1.schema.json',
  generic: 'generic-config.v1.schema.json',
} as const;

if (require.main === module) {
  for (const [profile, file] of Object.entries(SCHEMA_FILES)) {
    const schema = CONFIG_SCHEMAS[profile as keyof typeof SCHEMA_FILES];
    writeFileSync(path.join(__dirname, '..', 'assets', 'schemas', file), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
