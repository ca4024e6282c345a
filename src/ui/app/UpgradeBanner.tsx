/** Shown when another tab upgraded the database: this tab keeps what is on screen but must reload to save. */
export function UpgradeBanner() {
  return (
    <div className="upgrade-banner" role="alert">
      <p>
        <strong>Factmark was updated in another tab — reload.</strong> This tab can no longer save.
        Anything you are typing is still here: copy it before you reload if you need it.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        Reload
      </button>
    </div>
  );
}
