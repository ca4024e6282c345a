import type { ReactNode } from 'react';

interface Props {
  onClick: () => void;
  /** Said to assistive technology after the label: which annotation it acts on. */
  which: string;
  className?: string;
  children: ReactNode;
}

/** A small button inside a sidebar entry: pressing it does not also select the entry. */
export function EntryButton({ onClick, which, className, children }: Props) {
  return (
    <button
      type="button"
      className={`button button--small${className ? ` ${className}` : ''}`}
      onClick={e => {
        e.stopPropagation();
        onClick();
      }}
    >
      {children}
      <span className="visually-hidden"> {which}</span>
    </button>
  );
}
