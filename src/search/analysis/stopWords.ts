/**
 * Chinese function words as the segmenter (segmentChinese.ts) splits them: a question such as
 * 小红书是什么 ("what is RedNote") must leave only 小红书 to search for.
 */
const CHINESE_STOP_WORDS = `是 的 了 吗 呢 吧 啊 呀 么 什么 什么的 怎么 怎么说 怎样 怎么样 为什么 为何 如何 哪 哪个 哪里 哪儿 谁 几 多少 在 有 和 与 及 或 我 你 您 他 她 它
  没有 有没有 没 我们 你们 他们 她们 这 那 这个 那个 这些 那些 也 都 就 还 又 被 把 对 从 向 给 吗 嘛 个 一个 一下 请 能 会 可以 要 想 样 上 里 跟 件 事 事情`.split(/\s+/);

/**
 * English stop words (the classic Lucene/Snowball core plus question words).
 * A hand list: it is data, small, and tuned to how people ask questions, so a
 * package would add nothing but a dependency.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by
  can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't
  have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
  isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves us
  out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves
  then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd
  we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would
  wouldn't you you'd you'll you're you've your yours yourself yourselves also just s t will like many much whats whos hows dont doesnt didnt
  isnt arent wasnt werent im ive youre theyre thats theres`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/'/g, ''))
    .concat(CHINESE_STOP_WORDS),
);

/**
 * Words that frame a question rather than carry its subject ("tell me what
 * the article says about …"). Dropped from questions only, never from the index.
 */
export const QUESTION_FILLER: ReadonlySet<string> = new Set(
  `tell explain please thanks thank anyone somebody know article articles story stories corpus write wrote written writes say
  says said saying mention mentions mentioned talk talking info details detail anything something kind sort type stuff thing
  things whole part piece someone somebody anybody everyone really actually basically even never ever happen happens happened
  going get gets got lot lots tried try big large huge according vs versus
  说 说了 讲 告诉 解释 提到 文章 这篇 那篇 一篇 篇`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * How people chat rather than what they ask about: interjections, hedges and
 * abbreviations ("lol what is lemon8", "ngl is rednote legit"). Dropped from
 * questions only, like QUESTION_FILLER. Content abbreviations ("ppl", "govt")
 * are read as their words (CHAT_SPELLINGS below); other slang is a synonym, in
 * seeds/synonyms.txt.
 */
export const CHAT_FILLER: ReadonlySet<string> = new Set(
  `lol lmao lmfao rofl omg omfg hey hi hello yo ok okay k yeah yea yep yup nope nah pls plz tho though ngl tbh fr imo imho idk
  idc btw bro bruh dude guys smh wtf wth huh hmm hm uh um gonna wanna gotta kinda sorta ya yall u ur r abt cuz coz bc
  thx ty asap srsly seriously literally anyway anyways rn wdym fyi ikr lowkey highkey`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * Chat spellings of everyday words ("wen was rednote created", "lil red book", "wat is lemon8"), read as the words
 * they stand for before a question is analysed, so a question word still frames the question ("wen" asks for a date)
 * and a content word still finds the articles' own ("lil red book": the Little Red Book). Questions only.
 * Everyday abbreviations are here too ("ppl", "govt", "dept", "msgs", "thru"), not in seeds/synonyms.txt alone: a
 * folder a moderator points SEEDS_DIR at may have no synonym file, and the typo reader would then take "govt" for
 * "got" and "thru" for "thu". WordNet knows none of them ("msg" is monosodium glutamate there).
 */
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map(
  `wen:when whn:when wat:what wut:what wot:what wht:what whr:where wher:where hw:how lil:little dat:that dis:this
  bout:about w:with tmrw:tomorrow tmr:tomorrow b4:before wud:would shud:should cud:could ppls:people
  ppl:people thru:through govt:government govts:governments gov:government dept:department depts:departments
  acct:account accts:accounts msg:message msgs:messages convo:conversation convos:conversations vid:video vids:videos
  yr:year yrs:years wk:week wks:weeks mins:minutes hrs:hours bday:birthday avg:average approx:approximately
  intl:international mgmt:management biz:business insta:instagram fb:facebook yt:youtube dm:direct_message
  dms:direct_messages scotus:supreme_court potus:president`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((pair) => pair.replace(/_/g, ' ').split(':') as [string, string]),
);

// Lower case only, as chat writes them: "Wen" is a surname and "Lil" begins a stage name.
const CHAT_SPELLING = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${[...CHAT_SPELLINGS.keys()].join('|')})(?![\\p{L}\\p{N}'’])`, 'gu');

/** A letter held for emphasis ("whyyy", "sooo", "pleaseee"): no English word repeats a letter three times. */
const HELD_LETTER = /(\p{L})\1{2,}/gu;
const HELD_WORD = /\p{L}*(\p{L})\1{2,}\p{L}*/gu;

/**
 * A word with a held letter as it was meant: the letter once if that makes a word questions are framed with ("whyyy" →
 * "why", "sooo" → "so", "pleaseee" → "please"), otherwise twice ("goood" → "good"), where the typo reader takes over.
 */
function releaseHeldLetters(word: string): string {
  const once = word.replace(HELD_LETTER, '$1');
  const lower = once.toLowerCase();
  if (STOP_WORDS.has(lower) || QUESTION_FILLER.has(lower) || CHAT_FILLER.has(lower) || CHAT_SPELLINGS.has(lower)) return once;
  return word.replace(HELD_LETTER, '$1$1');
}

/** A number in thousands or millions as chat writes it: "380k", "1.2m", "2M". */
const SHORT_NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{1,2})?)([kKmM])(?![\p{L}\p{N}])/gu;

/** "380k" as the articles print it ("380000", read as "380,000" is), "1.2m" as "1.2 million". */
function writtenNumber(_: string, digits: string, unit: string): string {
  return unit.toLowerCase() === 'k' ? String(Math.round(Number(digits) * 1000)) : `${digits} million`;
}

/** The question with its chat spellings written out ("wen" → "when", "whyyy" → "why", "380k" → "380000"); other text untouched. */
export function expandChatSpellings(question: string): string {
  return question.replace(HELD_WORD, releaseHeldLetters).replace(SHORT_NUMBER, writtenNumber).replace(CHAT_SPELLING, (word) => CHAT_SPELLINGS.get(word) ?? word);
}
