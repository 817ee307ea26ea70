// The package ships no types: it exports one function, Porter2 (Snowball English) on a lower-case word.
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
