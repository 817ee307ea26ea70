// Packages that ship no types of their own.
// The package ships no types: it exports one function, Porter2 (Snowball English) on a lower-case word.
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}

// WordNet's exception lists for irregular forms ("bought" → "buy"), as wink-lexicon ships them: word form → lemma.
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Readonly<Record<string, string>>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Readonly<Record<string, string>>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  const exceptions: Readonly<Record<string, string>>;
  export default exceptions;
}
// wink-lexicon's English lexicon (about 13,000 common words and their inflections): word → part-of-speech tags.
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Readonly<Record<string, readonly string[]>>;
  export default lexicon;
}
