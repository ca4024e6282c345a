import { useState, type FormEvent } from 'react';
import type { DeskSyncSettings } from '../../store/desk-sync-settings';
import { Field } from '../common/Field';
import { DialogActions, ModalDialog } from '../common/ModalDialog';

interface Props {
  /** The settings in use, when sync is on. */
  current: DeskSyncSettings | null;
  onSave: (settings: DeskSyncSettings) => void;
  onTurnOff: () => void;
  onCancel: () => void;
}

/** The desk on this page's own server: the app is served by the desk (docs/desk-sync.md). */
const sameOrigin = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;

/** Turns desk sync on (a server's address and the reviewer's token), changes it, or turns it off. */
export function DeskSyncDialog({ current, onSave, onTurnOff, onCancel }: Props) {
  const [url, setUrl] = useState(current?.url ?? sameOrigin());
  const [token, setToken] = useState(current?.token ?? '');
  const [errors, setErrors] = useState<{ url?: string; token?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const address = url.trim();
    const next = {
      ...(!/^wss?:\/\/[^\s/?#]+/.test(address) && {
        url: 'Enter the desk’s address, starting with wss:// (or ws:// on this computer).',
      }),
      ...(token.trim() === '' && { token: 'Enter the token the desk’s administrator gave you.' }),
    };
    setErrors(next);
    if (Object.keys(next).length === 0) onSave({ url: address, token: token.trim() });
  };
  return (
    <ModalDialog labelledBy="desk-sync-title" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h2 id="desk-sync-title">Desk sync</h2>
        <p>
          With sync on, this article and your work on it are shared with your desk’s server, and
          your colleagues’ work arrives here. Nothing leaves this browser while sync is off.
        </p>
        <Field id="desk-sync-url" label="Desk server" error={errors.url}>
          <input value={url} onChange={e => setUrl(e.target.value)} spellCheck={false} />
        </Field>
        <Field
          id="desk-sync-token"
          label="Your token"
          hint="Kept in this browser only."
          error={errors.token}
        >
          <input
            type="password"
            autoComplete="off"
            value={token}
            onChange={e => setToken(e.target.value)}
          />
        </Field>
        <DialogActions submit={current ? 'Save' : 'Turn sync on'} onCancel={onCancel}>
          {current && (
            <button type="button" className="button button--quiet" onClick={onTurnOff}>
              Turn sync off
            </button>
          )}
        </DialogActions>
      </form>
    </ModalDialog>
  );
}
