/**
 * The dirty articles' second question thread (see answeredInThread in
 * articles.ts): it rebuilds the index from the prepared snapshot it is posted,
 * answers the questions it is given, and posts back which were answered.
 */
import { parentPort } from 'node:worker_threads';
import { decodePrepared, type WorkerMessage } from '../../src/runtime/prepareSnapshot.js';
import { createAnalyzer } from '../../src/search/analysis/analyzer.js';
import { assembleIndex } from '../../src/search/index/buildIndex.js';
import { NO_SLICES } from '../../src/search/index/timeSlices.js';
import { withAnalysedChunkLimit } from '../../src/search/query/searchChunks.js';
import { answeredInFirstThree, type AskedQuestion } from './articles.js';

interface QuestionJob {
  message: WorkerMessage;
  questions: AskedQuestion[];
  limit: number;
}

parentPort?.once('message', ({ message, questions, limit }: QuestionJob) => {
  if (message.type !== 'prepared') throw new Error(message.message);
  void decodePrepared(message.prepared, NO_SLICES)
    .then((prepared) => assembleIndex(prepared.parts, createAnalyzer(prepared.synonyms), NO_SLICES))
    .then((index) => parentPort?.postMessage(withAnalysedChunkLimit(limit, () => questions.map((question) => answeredInFirstThree(index, question)))));
});
