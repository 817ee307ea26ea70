/**
 * `npm run train:headlines`: trains the headline model (src/corpus/headlineModel.ts) on the tune half of the dirty
 * articles only. Each page is loaded alone with the rules choosing its headline; every line they scored near their
 * best (TRAINING_POINTS_BEHIND) is an example, the headline the page's key names against the others (pages whose
 * headline the rules did not score teach nothing).
 * Writes src/corpus/headlineModel.json. The unseen half is never read. Run it after adding articles to tune. With
 * `-- --cv` it also reports a five-fold cross-validation by page: how often the rules and the model choose the headline.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparable, observeHeadlineCandidates } from '../src/corpus/findMetadata.js';
import { headlineFeatures, likeliestHeadline, trainHeadlineModel, TRAINING_POINTS_BEHIND, type HeadlineCandidate, type HeadlineExample } from '../src/corpus/headlineModel.js';
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import { ARTICLES_DIR, loadExpected } from '../test/eval/articles.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, '..', 'src', 'corpus', 'headlineModel.json');
const tune = path.join(ARTICLES_DIR, 'tune');
const articles = await loadExpected(tune);
/** Each taught page's candidate lists, and the headline its key names. */
type TaughtPage = { candidates: readonly HeadlineCandidate[]; key: string }[];
const taughtPages: TaughtPage[] = [];

/** The pages' candidates near the rules' best, the key's headline against the others. */
function examplesOf(pages: readonly TaughtPage[]): HeadlineExample[] {
  const examples: HeadlineExample[] = [];
  for (const page of pages) {
    for (const { candidates, key } of page) {
      const best = Math.max(...candidates.map((c) => c.score));
      for (const c of candidates) if (c.score >= best - TRAINING_POINTS_BEHIND) examples.push({ features: headlineFeatures(c, best, candidates.length), headline: comparable(c.text) === key });
    }
  }
  return examples;
}

for (const article of articles) {
  const calls: (readonly HeadlineCandidate[])[] = [];
  observeHeadlineCandidates((candidates) => calls.push(candidates));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-headlines-'));
  try {
    await cp(path.join(tune, article.file), path.join(dir, article.file));
    await loadCorpus(dir, { maxFileBytes: 10 * 1024 * 1024 });
  } finally {
    observeHeadlineCandidates(null);
    await rm(dir, { recursive: true, force: true });
  }
  const key = comparable(article.title);
  const taught = calls.filter((candidates) => key !== '' && candidates.some((c) => comparable(c.text) === key)).map((candidates) => ({ candidates, key }));
  if (taught.length > 0) taughtPages.push(taught);
}
const examples = examplesOf(taughtPages);
const pages = taughtPages.length;
if (process.argv.includes('--cv')) {
  // Five folds by page: trained on four, each held-out page's candidates chosen by the rules and by the model.
  const FOLDS = 5;
  let rules = 0;
  let learned = 0;
  let calls = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainHeadlineModel(examplesOf(taughtPages.filter((_, i) => i % FOLDS !== fold)));
    taughtPages.forEach((page, i) => {
      if (i % FOLDS !== fold) return;
      for (const { candidates, key } of page) {
        calls++;
        const best = Math.max(...candidates.map((c) => c.score));
        if (comparable(candidates.find((c) => c.score === best)?.text ?? '') === key) rules++;
        if (comparable(likeliestHeadline(candidates, () => true, model)?.text ?? '') === key) learned++;
      }
    });
  }
  console.log(`cross-validated on ${calls} candidate lists of ${pages} pages: the rules choose the headline in ${rules}, the model in ${learned}`);
}
const model = trainHeadlineModel(examples);
await writeFile(target, `${JSON.stringify(model, null, 1)}\n`);
console.log(`headline model: ${examples.length} candidates on ${pages} of ${articles.length} tune pages -> ${path.relative(process.cwd(), target)}`);
