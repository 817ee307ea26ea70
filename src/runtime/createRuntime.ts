import { COMMANDS } from '../../commands/index.js';
import type { Config } from '../config/loadConfig.js';
import type { AskSource } from '../insights/records.js';
import { createRecorder, type InsightsRecorder } from '../insights/recorder.js';
import { AnswerSessions } from '../interaction/answerSessions.js';
import { Cooldowns } from '../interaction/cooldown.js';
import type { RegisteredCommand, Services } from '../interaction/types.js';
import type { Logger } from '../log/logger.js';
import { CorpusStore } from './corpusStore.js';

export interface Runtime {
  commands: readonly RegisteredCommand[];
  services: Services;
  store: CorpusStore;
  insights: InsightsRecorder;
}

export interface RuntimeOptions {
  /** Where recorded questions come from: Discord (default) or the local console. */
  source?: AskSource;
}

/** Everything a front end (Discord or the console) needs, built from the validated config. */
export function createRuntime(config: Config, logger: Logger, options: RuntimeOptions = {}): Runtime {
  const store = new CorpusStore(config.seedsDir, { maxFileBytes: config.maxFileBytes });
  const insights = createRecorder(config, logger, options.source ?? 'discord');
  const services: Services = {
    store,
    sessions: new AnswerSessions(config.buttonTtlMinutes * 60_000),
    cooldowns: new Cooldowns(config.askCooldownSeconds),
    logger,
    moderatorRoleIds: config.moderatorRoleIds,
    insights,
  };
  return { commands: COMMANDS, services, store, insights };
}

/** The corpus could not be loaded at start-up: there is nothing to answer from. */
export class CorpusLoadError extends Error {
  override name = 'CorpusLoadError';
}

/** The first load: a corpus that cannot load at start-up is a start-up error, said plainly. */
export async function loadInitialCorpus(runtime: Runtime, logger: Logger): Promise<void> {
  const report = await runtime.store.reload();
  if (!report.ok) throw new CorpusLoadError(`The corpus could not be loaded: ${report.error}`);
  for (const line of report.report) {
    const level = line.level === 'info' ? 'info' : 'warn';
    logger[level]({ file: line.file, report: line.level }, line.message);
  }
  logger.info({ event: 'corpus-loaded', documents: report.documents, chunks: report.chunks, references: report.references, durationMs: report.durationMs }, 'corpus loaded');
}
