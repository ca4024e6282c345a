import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from './export-format';

const ITEMS: { format: ExportFormat; label: string }[] = [
  { format: 'annotated-json', label: 'Annotated JSON' },
  { format: 'claim-review', label: 'ClaimReview JSON-LD' },
  { format: 'report-html', label: 'Report (HTML)' },
  { format: 'report-markdown', label: 'Report (Markdown)' },
  { format: 'csv', label: 'CSV' },
];

/** The "Export" menu button: a disclosure of the export formats, operable by keyboard. */
export function ExportMenu({ onExport }: { onExport: (format: ExportFormat) => void }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      setOpen(false);
      root.current?.querySelector<HTMLElement>('button')?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(o => !o)}
      >
        Export
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label="Export" className="menu-list">
          {ITEMS.map(item => (
            <button
              key={item.format}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                setOpen(false);
                onExport(item.format);
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
