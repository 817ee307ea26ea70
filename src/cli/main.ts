import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { answerQuestion } from '../answer/answerQuestion.js';
import { ConfigError, loadConfig, type Config } from '../config/loadConfig.js';
import { createRecorder } from '../insights/recorder.js';
import { createLogger, type Logger } from '../log/logger.js';
import { drawInsightsChart } from '../render/drawInsightsChart.js';
import { renderInsights } from '../render/renderInsights.js';
import { renderSources } from '../render/renderSources.js';
import { renderText } from '../render/renderText.js';
import { buildSnapshot, type Snapshot } from '../runtime/corpusStore.js';
import { toAskJson, toChunksJson, toSourcesJson } from './cliJson.js';
import { parseCliArgs, USAGE, type CliCommand } from './parseCliArgs.js';
import { renderAskText } from './renderAskText.js';

/** The CLI's own member id: its recorded questions are hashed like anyone's. */
const CLI_USER_ID = 'cli';

async function run(command: CliCommand): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel ?? 'warn' });
  const out = (text: string) => process.stdout.write(`${text}\n`);
  if (command.name === 'insights') return printInsights(command, config, logger, out);

  const snapshot: Snapshot = await buildSnapshot(config.seedsDir, { maxFileBytes: config.maxFileBytes }, 1);
  for (const line of snapshot.report) if (line.level !== 'info') logger.warn({ file: line.file }, line.message);
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
      const recorder = command.record === true ? createRecorder(config, logger, 'cli') : null;
      if (recorder && !config.insights) logger.warn('--record: INSIGHTS=off, so nothing is recorded');
      await recorder?.open({ fallbackToMemory: false });
      const answerOne = (question: string) => {
        const started = performance.now();
        const answer = answerQuestion(snapshot.index, question, { limit: command.limit });
        recorder?.recordAsk({ answer, userId: CLI_USER_ID, guildId: null, locale: null, latencyMs: performance.now() - started });
        if (command.json) out(JSON.stringify(toAskJson(answer), null, command.question === '-' ? undefined : 2));
        else out(renderAskText(answer, snapshot.documents.length, text));
      };
      try {
        if (command.question !== '-') {
          answerOne(command.question);
          return 0;
        }
        // Exactly one answer per input line, blank lines included, so answers can be matched to lines by position.
        const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
        for await (const line of rl) answerOne(line);
        return 0;
      } finally {
        await recorder?.close();
      }
    }
  }
}

/** `insights`: the /insights report from the question log, as text or exactly the documented JSON. */
async function printInsights(command: Extract<CliCommand, { name: 'insights' }>, config: Config, logger: Logger, out: (text: string) => void): Promise<number> {
  // Reading only: the report is available whether or not recording is on.
  const recorder = createRecorder({ ...config, insights: true }, logger, 'cli');
  await recorder.open({ fallbackToMemory: false });
  try {
    const summary = await recorder.summarize(command.days);
    if (!summary.ok) throw new Error(summary.reason);
    const { report, perDay } = summary.value;
    if (command.chart !== undefined) await writeFile(command.chart, await drawInsightsChart(perDay, command.days));
    if (command.json) out(JSON.stringify(report, null, 2));
    else out(renderText(renderInsights(report, { problem: null, chartNote: command.chart !== undefined ? `Questions per day: chart written to ${command.chart}` : null, retentionDays: config.insightsRetentionDays })).text);
    return 0;
  } finally {
    await recorder.close();
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
