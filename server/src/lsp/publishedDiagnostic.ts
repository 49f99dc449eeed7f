import type { Diagnostic, Range } from '../core/diagnostic';

/**
 * What an editor's list of problems needs of a diagnostic (toLspDiagnostic reads no more): no fix, no spans. The check
 * worker sends large documents' diagnostics back in this form, so neither thread copies fixes nobody asked for.
 */
export interface PublishedDiagnostic extends Pick<Diagnostic, 'code' | 'severity' | 'message' | 'range'> {
  related?: { range: Range; message: string }[];
}

export function publishedDiagnostic({ code, severity, message, range, related }: Diagnostic): PublishedDiagnostic {
  const published: PublishedDiagnostic = { code, severity, message, range };
  if (related?.length) published.related = related.map((place) => ({ range: place.range, message: place.message }));
  return published;
}
