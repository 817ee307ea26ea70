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
  wouldn't you you'd you'll you're you've your yours yourself yourselves also just s t will whats whos hows dont doesnt didnt
  isnt arent wasnt werent im ive youre theyre thats theres`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w.replace(/'/g, '')),
);

/**
 * Words that frame a question rather than carry its subject ("tell me what
 * the article says about …"). Dropped from questions only, never from the index.
 */
export const QUESTION_FILLER: ReadonlySet<string> = new Set(
  `tell explain please thanks thank anyone somebody know article articles story stories corpus write wrote written writes say
  says said saying mention mentions mentioned talk talking info information details detail anything something`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
