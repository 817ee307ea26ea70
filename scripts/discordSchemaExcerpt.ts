/**
 * Cuts Discord's OpenAPI description (discord/discord-api-spec, specs/openapi.json, over a
 * megabyte) down to what the tests check message bodies against: the request schemas of an
 * interaction reply, a follow-up and an edit of @original, everything they reference, and the
 * multipart parts the spec lists beside them (files[0] … files[9]).
 *
 *   npx tsx scripts/discordSchemaExcerpt.ts path/to/openapi.json <commit> > test/e2e/discordMessageSchemas.json
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

const [specPath, commit = 'unknown'] = process.argv.slice(2);
if (specPath === undefined) throw new Error('usage: discordSchemaExcerpt.ts <openapi.json> [commit]');
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

const EDIT = '/webhooks/{webhook_id}/{webhook_token}/messages/@original';
const CALLBACK = '/interactions/{interaction_id}/{interaction_token}/callback';
const ROOTS = ['CreateMessageInteractionCallbackRequest', 'UpdateMessageInteractionCallbackRequest', 'IncomingWebhookUpdateRequestPartial', 'IncomingWebhookInteractionRequest'];

const schemas: Record<string, Json> = {};
const walk = (node: unknown): void => {
  if (Array.isArray(node)) return node.forEach(walk);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const name = value.split('/').pop() ?? '';
      if (schemas[name] === undefined) {
        schemas[name] = spec.components.schemas[name] ?? {};
        walk(schemas[name]);
      }
    } else walk(value);
  }
};
for (const root of ROOTS) walk({ $ref: `#/components/schemas/${root}` });

const multipart = (path: string, method: string) => {
  const body = (spec.paths[path]?.[method]?.requestBody as { content: Record<string, { schema: Json }> }).content['multipart/form-data']?.schema ?? {};
  const parts = ((body.allOf as Json[] | undefined) ?? []).flatMap((s) => Object.keys((s.properties as Json | undefined) ?? {}));
  return { contentTypes: Object.keys((spec.paths[path]?.[method]?.requestBody as { content: Json }).content), fileParts: parts };
};

process.stdout.write(
  `${JSON.stringify(
    {
      source: { repository: 'discord/discord-api-spec', file: 'specs/openapi.json', commit },
      editOriginal: { path: EDIT, method: 'patch', schema: 'IncomingWebhookUpdateRequestPartial', ...multipart(EDIT, 'patch') },
      callback: { path: CALLBACK, method: 'post', schemas: ['CreateMessageInteractionCallbackRequest', 'UpdateMessageInteractionCallbackRequest'] },
      schemas,
    },
    null,
    1,
  )}\n`,
);
