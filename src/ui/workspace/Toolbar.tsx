import type { RefObject } from 'react';
import { ANNOTATE_KEY } from '../../editor/read-only-plugin';
import { ExportMenu } from '../transfer/ExportMenu';
import type { ExportFormat } from '../transfer/export-format';

interface Props {
  canAnnotate: boolean;
  reviewer: string | undefined;
  onAnnotate: () => void;
  onExport: (format: ExportFormat) => void;
  /** Opens the file chooser for an annotated JSON file. */
  onImport: () => void;
  onShowLibrary: () => void;
  onNewArticle: () => void;
  onShowShortcuts: () => void;
  /** In a narrow window, the toggle of the sidebar's panel. */
  sidebarToggle?: { expanded: boolean; onToggle: () => void } | undefined;
  sidebarToggleRef?: RefObject<HTMLButtonElement | null>;
  /** Asks for a new name for the reviewer (the id stays). */
  onRenameReviewer: () => void;
  /** Opens the Curation view of the article. */
  onCurate: () => void;
  /** Opens the Agreement panel of the article. */
  onShowAgreement: () => void;
}

const KEY = ANNOTATE_KEY.toUpperCase();

/** The bar above the article: the library, a new article, annotate the selection, export, import. */
export function Toolbar({
  canAnnotate,
  reviewer,
  onAnnotate,
  onExport,
  onImport,
  onShowLibrary,
  onNewArticle,
  onShowShortcuts,
  sidebarToggle,
  sidebarToggleRef,
  onRenameReviewer,
  onCurate,
  onShowAgreement,
}: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Article tools">
      <span className="brand">Factmark</span>
      <button type="button" className="button button--quiet" onClick={onShowLibrary}>
        Library
      </button>
      <button type="button" className="button button--quiet" onClick={onNewArticle}>
        New article
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="button button--primary"
        disabled={!canAnnotate}
        onMouseDown={e => e.preventDefault()}
        onClick={onAnnotate}
        title={`Annotate the selected text (${KEY})`}
        aria-keyshortcuts={KEY}
      >
        Annotate
      </button>
      <span className="toolbar-hint" aria-live="polite">
        {canAnnotate ? `Press ${KEY} to annotate.` : 'Select text to annotate it.'}
      </span>
      <span className="toolbar-spacer" />
      <ExportMenu onExport={onExport} />
      <button type="button" className="button" onClick={onImport}>
        Import
      </button>
      <button type="button" className="button button--quiet" onClick={onCurate}>
        Curation
      </button>
      <button type="button" className="button button--quiet" onClick={onShowAgreement}>
        Agreement
      </button>
      {reviewer && (
        <span className="reviewer">
          Reviewer: {reviewer}{' '}
          <button type="button" className="button button--quiet" onClick={onRenameReviewer}>
            Change name
          </button>
        </span>
      )}
      {sidebarToggle && (
        <button
          ref={sidebarToggleRef}
          type="button"
          className="button"
          aria-expanded={sidebarToggle.expanded}
          aria-controls="sidebar"
          aria-keyshortcuts="S"
          title="Show or hide the sidebar (S)"
          onClick={sidebarToggle.onToggle}
        >
          Sidebar
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={onShowShortcuts}
        aria-keyshortcuts="?"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </div>
  );
}
