/**
 * Message bodies checked against Discord's own OpenAPI description. The schemas are an excerpt
 * of discord/discord-api-spec (specs/openapi.json, commit in the file), cut by
 * scripts/discordSchemaExcerpt.ts, because the whole description is over a megabyte.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import excerpt from './discordMessageSchemas.json' with { type: 'json' };

export const discordSpec = excerpt;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
for (const [name, schema] of Object.entries(excerpt.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);

/** Schema errors of `body` against the named request schema, as readable lines (empty when valid). */
export function schemaErrors(schemaName: string, body: unknown): string[] {
  const validate = ajv.getSchema(`#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName} in the excerpt`);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
