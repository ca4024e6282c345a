import type { Persistence } from '../../store/persistence';
import { BackUpLibraryButton } from '../common/BackUpLibraryButton';
import { useReview } from '../common/review-context';

const TEXT: Record<Persistence, string> = {
  persistent: 'Kept in this browser until you clear it.',
  'best-effort':
    'Kept in this browser, which may clear it when space runs low: back up your library regularly.',
  unknown:
    'Kept in this browser; it does not say whether it may clear it: back up your library regularly.',
};

/** Where the reviewer's work lives and how safe it is there. */
export function StorageStatus({ persistence }: { persistence: Persistence | null }) {
  const { notify } = useReview();
  if (!persistence) return null;
  return (
    <p className={`storage-status storage-status--${persistence}`} data-persistence={persistence}>
      <strong>Storage:</strong> {TEXT[persistence]}{' '}
      <BackUpLibraryButton className="link-button" notify={notify} />
    </p>
  );
}
