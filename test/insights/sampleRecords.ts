import type { AskOutcome, AskRecord, ButtonRecord } from '../../src/insights/records.js';

/** The moment the sample records are summarised from. */
export const NOW = Date.UTC(2025, 0, 20, 12, 0, 0);
let counter = 0;

/** A recorded /ask a minute before NOW, by member-a, answered from article 001 unless it was not. */
export function ask(question: string, outcome: AskOutcome, extra: Partial<AskRecord> = {}): AskRecord {
  counter += 1;
  return {
    type: 'ask',
    id: `ask-${counter}`,
    at: NOW - 60_000,
    userHash: 'member-a',
    source: 'discord',
    guildId: '100000000000000001',
    locale: 'en-US',
    question,
    normalized: question.toLowerCase().replace(/[?!.]/g, '').trim(),
    outcome,
    results: outcome === 'answered' ? [{ chunk: '001#3', document: '001', score: 4.2 }] : [],
    topDocument: outcome === 'answered' ? '001' : null,
    topDocumentTitle: outcome === 'answered' ? 'China Embraces Surge' : null,
    latencyMs: 3.25,
    ...extra,
  };
}

/** A button pressed on `askRecord`'s answer half a minute before NOW. */
export function press(askRecord: AskRecord, button: ButtonRecord['button'], userHash: string, at = NOW - 30_000): ButtonRecord {
  counter += 1;
  return { type: 'button', id: `button-${counter}`, at, userHash, askId: askRecord.id, button, page: 0 };
}
