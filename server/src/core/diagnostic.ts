import type { Span } from './model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of original text between span.start and span.end. */
export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  /** Chinese title shown in the quick-fix menu. */
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  /** Stable code, e.g. GR301. */
  code: string;
  slug: string;
  severity: Severity;
  /** Chinese: what was found and what was expected. */
  message: string;
  span: Span;
  range: Range;
  fix?: Fix;
  /** Other places that take part in the inconsistency (for relatedInformation). */
  related?: { span: Span; range: Range; message: string }[];
}
