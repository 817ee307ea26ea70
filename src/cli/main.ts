import { createInterface } from 'node:readline';
import { answerQuestion } from '../answer/answerQuestion.js';
import { ConfigError, loadConfig } from '../config/loadConfig.js';
import { createLogger } from '../log/logger.js';
import { renderSources } from '../render/renderSources.js';
import { renderText } from '../render/renderText.js';
import { buildSnapshot, type Snapshot } from '../runtime/corpusStore.js';
import { toAskJson, toChunksJson, toSourcesJson } from './cliJson.js';
import { parseCliArgs, USAGE, type CliCommand } from './parseCliArgs.js';
import { renderAskText } from './renderAskText.js';

async function run(command: CliCommand): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel ?? 'warn' });
  const snapshot: Snapshot = await buildSnapshot(config.seedsDir, { maxFileBytes: config.maxFileBytes }, 1);
  for (const line of snapshot.report) if (line.level !== 'info') logger.warn({ file: line.file }, line.message);
  const out = (text: string) => process.stdout.write(`${text}\n`);
  // Real bold in a terminal, plain text in a pipe or a file (never literal **asterisks**).
  const text = { color: process.stdout.isTTY === true };

  switch (command.name) {
    case 'chunks': {
      const chunks = [...snapshot.index.chunks.values()];
      if (command.json) out(JSON.stringify(toChunksJson(chunks), null, 2));
      else for (const c of chunks) out(`${c.id}${c.heading ? ` [${c.heading}]` : ''}\n  ${c.text}\n`);
      return 0;
    }
    case 'sources': {
      if (command.json) out(JSON.stringify(toSourcesJson(snapshot), null, 2));
      else out(renderText(renderSources(snapshot.documents, snapshot.references), text).text);
      return 0;
    }
    case 'ask': {
      const answerOne = (question: string) => {
        const answer = answerQuestion(snapshot.index, question, { limit: command.limit });
        if (command.json) out(JSON.stringify(toAskJson(answer), null, command.question === '-' ? undefined : 2));
        else out(renderAskText(answer, snapshot.documents.length, text));
      };
      if (command.question !== '-') {
        answerOne(command.question);
        return 0;
      }
      // Exactly one answer per input line, blank lines included, so answers can be matched to lines by position.
      const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
      for await (const line of rl) answerOne(line);
      return 0;
    }
  }
}

const parsed = parseCliArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`${parsed.error}\n\n${USAGE}\n`);
  process.exit(parsed.help ? 0 : 2);
}
run(parsed.command)
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const prefix = error instanceof ConfigError ? 'configuration error: ' : '';
    process.stderr.write(`citebot: ${prefix}${(error as Error).message}\n`);
    process.exit(1);
  });
