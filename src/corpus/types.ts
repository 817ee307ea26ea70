/** What the corpus knows about one article: only facts its file states. */
export interface DocumentMeta {
  id: string;
  file: string;
  title: string;
  publisher: string;
  author: string;
  date: string;
  url: string;
  kind: string;
  /**
   * The manifest marks this copy as machine-reworded ("spun": words swapped
   * for odd synonyms), so its excerpts are labelled as not the publisher's wording.
   */
  reworded?: boolean;
}

export interface CleaningHints {
  /** Everything from the first line starting with one of these is not the article. */
  bodyEndsBefore: string[];
}

export interface ManifestEntry extends DocumentMeta {
  hints: CleaningHints;
}

/** One numbered entry of an article's "Source List": the URLs citebot cites. */
export interface Reference {
  number: number;
  outlet: string;
  title: string;
  url: string;
  /** Id of the document whose source list holds it. */
  document: string;
}

export interface Paragraph {
  heading: string | null;
  text: string;
}

export interface CleanedArticle {
  paragraphs: Paragraph[];
  references: Reference[];
  /** Title line found in the file, for articles missing from the manifest. */
  firstLine: string | null;
}

export interface LoadedDocument {
  meta: DocumentMeta;
  paragraphs: Paragraph[];
  references: Reference[];
  /** Content hash, so a reload can say which documents changed. */
  fingerprint: string;
}

export type ReportLevel = 'skipped' | 'warning' | 'info';

export interface ReportLine {
  file: string;
  level: ReportLevel;
  message: string;
}
