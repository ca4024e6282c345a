import type { Persistence } from '../../store/persistence';

const TEXT: Record<Persistence, string> = {
  persistent: 'Kept in this browser until you clear it.',
  'best-effort':
    'Kept in this browser, which may clear it when space runs low: export your work regularly.',
  unknown:
    'Kept in this browser; it does not say whether it may clear it: export your work regularly.',
};

/** Where the reviewer's work lives and how safe it is there. */
export function StorageStatus({ persistence }: { persistence: Persistence | null }) {
  if (!persistence) return null;
  return (
    <p className={`storage-status storage-status--${persistence}`} data-persistence={persistence}>
      <strong>Storage:</strong> {TEXT[persistence]}
    </p>
  );
}
