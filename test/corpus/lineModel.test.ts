import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { junkScore, lineFeatures, readsAsFurniture, trainLineModel } from '../../src/corpus/lineModel.js';
import { ARTICLES_DIR, loadExpected } from '../eval/articles.js';

describe('the line model (a learned second opinion on lines no rule names)', () => {
  it('GIVEN the tune half of the dirty articles THEN the shipped model is exactly what `npm run train:lines` makes of it', async () => {
    const shipped = JSON.parse(await readFile(path.join(import.meta.dirname, '../../src/corpus/lineModel.json'), 'utf8')) as unknown;
    expect(trainLineModel(await loadExpected(path.join(ARTICLES_DIR, 'tune')))).toEqual(shipped);
  });

  it.each([
    'Stay in touch and get notified when new posts are available from this author!',
    'Try it yourself and save this page as a PDF for later!',
    'Follow us on Instagram for more stories like this one!',
  ])('GIVEN a site addressing its reader ("%s") THEN it reads as furniture', (line) => {
    expect(junkScore(line)).toBeGreaterThan(0);
  });

  it.each([
    'More than 700,000 Americans joined RedNote in two days, the company said.',
    '“It was honestly better than my textbook,” he said.',
    'Chinese users answered with welcome videos and language lessons for the newcomers.',
  ])('GIVEN a sentence of reporting ("%s") THEN it reads as text', (line) => {
    expect(junkScore(line)).toBeLessThan(0);
  });

  it('GIVEN a sentence in Chinese THEN its characters make its length and its full stop ends it, as a sentence of English would', () => {
    const features = lineFeatures('这款应用于1月13日（周一）登上美国苹果应用商店榜首，因为用户正在为TikTok可能在1月19日被禁一事寻找替代平台。');
    expect(features).toContain('end:.');
    expect(features).toContain('len:4');
    // …and its characters, two at a time, are its words.
    expect(features).toEqual(expect.arrayContaining(['c:应用', 'c:用户']));
  });

  it('GIVEN a CJK line of over sixty characters THEN the model leaves it to the rules, as it leaves an English line of over forty words; GIVEN a short one THEN the model judges it', () => {
    // Character pairs seen in tune mostly in Chinese menus call a long run of menu words furniture many times over, and
    // could a paragraph of prose (a paragraph's length is the better sign): past sixty characters the model says nothing.
    const menus = '首页新闻社区活动关于我们联系我们隐私政策用户协议帮助中心下载登录注册分享到微信微博复制链接返回顶部网站地图投诉建议广告服务招聘信息版权声明友情链接';
    expect(junkScore(menus)).toBeGreaterThan(10);
    expect(readsAsFurniture(menus)).toBe(false);
    expect(readsAsFurniture(menus.slice(0, 40))).toBe(true);
    expect(readsAsFurniture('上周我们在社区中心办了一场小红书入门讲座，来了三十多位美国家长，他们最关心的是孩子的隐私和数据安全，其次才是怎么发笔记和找到讲中文的朋友。')).toBe(false);
    expect(readsAsFurniture('分享到')).toBe(true);
  });

  it('GIVEN a paragraph in Ukrainian that names RedNote and TikTok THEN its length is all its words, and it reads as text', () => {
    const paragraph = 'Американські підлітки, які перейшли в RedNote після новин про заборону TikTok, швидко знайшли там нових друзів, вивчали китайські слова і показували своїх котів, а вчителі в Києві обговорювали це на уроках медіаграмотності.';
    expect(lineFeatures(paragraph)).toContain('len:5');
    expect(readsAsFurniture(paragraph)).toBe(false);
  });

  it('GIVEN words with letters beyond ASCII (Kazakh in Latin letters, Russian, Hindi) THEN each is one word, not cut at each such letter into fragments', () => {
    expect(lineFeatures('Būryn şäkırtterımnıñ bärı Almatydan edı')).toEqual(expect.arrayContaining(['w:būryn', 'w:şäkırtterımnıñ', 'w:bärı', 'w:almatydan', 'w:edı']));
    expect(lineFeatures('Būryn şäkırtterımnıñ bärı Almatydan edı')).not.toContain('w:rtter');
    expect(lineFeatures('Главная страница')).toEqual(expect.arrayContaining(['w:главная', 'w:страница']));
    expect(lineFeatures('मुख्य समाचार')).toEqual(expect.arrayContaining(['w:मुख्य', 'w:समाचार']));
    // (Chinese is read in character pairs, not as one word a line long.)
    expect(lineFeatures('分享到微信').some((f) => f.startsWith('w:'))).toBe(false);
  });

  it('GIVEN a word repeated THEN it counts once, and a word only one training article used carries no weight', () => {
    expect(lineFeatures('users users users').filter((f) => f === 'w:users')).toHaveLength(1);
    const model = trainLineModel([
      { content: ['Biscuit the cat joined the app.'], junk: ['Subscribe now!'] },
      { content: ['The app grew fast.'], junk: ['Subscribe today!'] },
    ]);
    expect(model.weights['w:subscribe']).toBeGreaterThan(0);
    expect(model.weights['w:biscuit']).toBeUndefined();
  });
});
