/** The files the Export menu offers. */
export type ExportFormat =
  'annotated-json' | 'claim-review' | 'report-html' | 'report-markdown' | 'csv';
