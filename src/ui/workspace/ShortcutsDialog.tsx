import { ANNOTATE_KEY } from '../../editor/read-only-plugin';
import { ModalDialog } from '../common/ModalDialog';

/** Every keyboard shortcut, grouped by where it works. */
export const SHORTCUTS: { where: string; keys: { keys: string[]; what: string }[] }[] = [
  {
    where: 'In the article',
    keys: [
      { keys: ['Shift', '←/→/↑/↓'], what: 'Select text from the caret' },
      { keys: [ANNOTATE_KEY.toUpperCase()], what: 'Annotate the selected text' },
      { keys: ['N'], what: 'Next annotation' },
      { keys: ['P'], what: 'Previous annotation' },
      { keys: ['Shift', 'N'], what: 'Next open annotation' },
      { keys: ['Shift', 'P'], what: 'Previous open annotation' },
      { keys: ['Enter'], what: 'Open the current annotation' },
    ],
  },
  {
    where: 'In the annotation form',
    keys: [
      { keys: ['1 … 9'], what: 'Set the verdict (outside text fields)' },
      { keys: ['Ctrl', 'Enter'], what: 'Save' },
      { keys: ['Escape'], what: 'Close, back to the same place in the text' },
    ],
  },
  {
    where: 'Anywhere',
    keys: [
      { keys: ['/'], what: 'Search the annotations' },
      { keys: ['S'], what: 'Go to the sidebar (opens it in a narrow window)' },
      { keys: ['?'], what: 'Show these shortcuts' },
      { keys: ['Tab'], what: 'Move between controls' },
    ],
  },
];

/** The list of shortcuts, opened with `?`; single-key shortcuts never fire while typing. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog labelledBy="shortcuts-title" describedBy="shortcuts-note" onCancel={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p id="shortcuts-note" className="dialog-note">
        Single keys do nothing while you type in a field.
      </p>
      {SHORTCUTS.map(group => (
        <section key={group.where} className="shortcuts-group">
          <h3>{group.where}</h3>
          <dl className="shortcuts">
            {group.keys.map(({ keys, what }) => (
              <div key={what} className="shortcut">
                <dt>
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="button button--primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
