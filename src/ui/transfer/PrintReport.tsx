import { useMemo, useState } from 'react';
import {
  ORPHANS_HEADING,
  REPORT_ANCHORING_LABELS,
  readableTime,
  reportOf,
  summaryLine,
  assessmentsLine,
  type ReportEntry,
  type ReportSource,
} from '../../io/report-model';
import type { Annotation, Article } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import './print-report.css';

const Marker = ({ color }: { color: string | undefined }) => (
  <span className="print-marker" style={color ? { background: color } : undefined} aria-hidden />
);

function Link({ text, href }: { text: string; href: string | undefined }) {
  // href is set by the report model only for http(s) URLs
  if (href === undefined) return <bdi>{text}</bdi>;
  return (
    <a href={href} rel="noopener noreferrer">
      <bdi>{text}</bdi>
    </a>
  );
}

function SourceItem({ s }: { s: ReportSource }) {
  return (
    <li>
      <Link text={s.title} href={s.href} />
      {s.href === undefined && s.title !== s.url && <> · {s.url}</>}
      {s.publisher && (
        <>
          {' · '}
          <bdi>{s.publisher}</bdi>
        </>
      )}
      {` · ${s.stance}`}
      {s.accessedAt && <> · accessed {s.accessedAt}</>}
      {s.archivedUrl && (
        <>
          {' · '}
          <Link text="archived copy" href={s.archivedHref} />
        </>
      )}
      {s.quote && <blockquote>{s.quote}</blockquote>}
    </li>
  );
}

function Entry({ e }: { e: ReportEntry }) {
  const change = e.lastVerdictChange;
  return (
    <section className="print-entry">
      <h3>
        {e.number}. {e.kind}
        {e.verdict && (
          <>
            {' · '}
            <Marker color={e.verdict.color} />
            <bdi>{e.verdict.label}</bdi>
            {e.verdict.ratingValue !== undefined && ` (rating ${e.verdict.ratingValue})`}
          </>
        )}
      </h3>
      <blockquote>{e.quote}</blockquote>
      {e.correction !== undefined && (
        <p className="print-text">
          <b>Should read:</b> {e.correction}
        </p>
      )}
      {e.note && <p className="print-text">{e.note}</p>}
      <p className="print-meta">
        Status: {e.status}
        {e.creator && (
          <>
            {' '}
            · Reviewer: <bdi>{e.creator}</bdi>
          </>
        )}
        {e.assessments && (
          <>
            {' · '}Assessments: <bdi>{assessmentsLine(e.assessments)}</bdi>
          </>
        )}
        {e.tags.length > 0 && <> · Tags: {e.tags.join(', ')}</>}
        {change && (
          <>
            {' · '}Verdict set by <bdi>{change.by || 'unnamed reviewer'}</bdi>,{' '}
            {readableTime(change.at)}
          </>
        )}
        {e.anchoring === 'unconfirmed' && <> · Place: {REPORT_ANCHORING_LABELS.unconfirmed}</>}
      </p>
      {e.sources.length > 0 && (
        <ol className="print-sources">
          {e.sources.map((s, i) => (
            <SourceItem key={i} s={s} />
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The fact-check report as the page prints it: hidden on screen, and in
 * print shown in place of the workspace (print-report.css). Render it
 * inside `.workspace`.
 */
export function PrintReport({
  article,
  annotations,
  scale,
  reviewer,
}: {
  article: Article;
  annotations: readonly Annotation[];
  scale: VerdictScale;
  reviewer?: string;
}) {
  // mounted for each print (usePrinting), so this is when it was printed
  const [printedAt] = useState(() => new Date().toISOString());
  const report = useMemo(
    () => reportOf(article, annotations, scale, { reviewer, generatedAt: printedAt }),
    [article, annotations, scale, reviewer, printedAt],
  );
  const { url, href, publisher, author, publishedAt } = report.source;
  const { byKind, byVerdict } = report.summary;
  const origin = [author && `by ${author}`, publisher, publishedAt && `published ${publishedAt}`];
  return (
    <div className="print-report">
      <p className="print-meta">Fact-check report</p>
      <h1>{report.title}</h1>
      {origin.some(Boolean) && <p className="print-meta">{origin.filter(Boolean).join(' · ')}</p>}
      {url && (
        <p className="print-meta">
          Source: <Link text={url} href={href} />
        </p>
      )}
      <p className="print-meta">
        Fact-check by {report.reviewers.join(', ') || 'unnamed reviewer'} ·{' '}
        {readableTime(report.generatedAt)}
      </p>
      <h2>Summary</h2>
      <p>{summaryLine(report.summary)}</p>
      <p>By kind: {byKind.map(k => `${k.label} ${k.count}`).join(' · ')}</p>
      <ul className="print-verdicts">
        {byVerdict.map(v => (
          <li key={v.label}>
            <Marker color={v.color} />
            {v.label}: {v.count}
          </li>
        ))}
      </ul>
      <h2>Claims and notes</h2>
      {report.entries.length === 0 && <p>No annotations.</p>}
      {report.entries.map(e => (
        <Entry key={e.id} e={e} />
      ))}
      {report.orphans.length > 0 && <h2>{ORPHANS_HEADING}</h2>}
      {report.orphans.map(e => (
        <Entry key={e.id} e={e} />
      ))}
    </div>
  );
}
