/**
 * `npm run train:lines`: trains the line model (src/corpus/lineModel.ts) on
 * the tune half of the dirty articles only, each article's content
 * paragraphs against its junk lines, and writes src/corpus/lineModel.json.
 * The unseen half is never read. Run it after adding articles to tune.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainLineModel } from '../src/corpus/lineModel.js';
import { ARTICLES_DIR, loadExpected } from '../test/eval/articles.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, '..', 'src', 'corpus', 'lineModel.json');
const articles = await loadExpected(path.join(ARTICLES_DIR, 'tune'));
const model = trainLineModel(articles);
await writeFile(target, `${JSON.stringify(model, null, 1)}\n`);
console.log(`line model: ${Object.keys(model.weights).length} features from ${articles.length} tune articles -> ${path.relative(process.cwd(), target)}`);
