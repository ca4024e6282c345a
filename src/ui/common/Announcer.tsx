import { useEffect, useRef } from 'react';

/**
 * A polite live region. Each new `message` object is read once, even when its
 * text repeats (moving to the same annotation twice is announced twice).
 */
export function Announcer({ message }: { message: { text: string } | null }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = region.current;
    if (!el || !message) return;
    // cleared first, then set: a screen reader notices a change even to the same text
    el.textContent = '';
    const timer = setTimeout(() => (el.textContent = message.text), 50);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div
      ref={region}
      // a bare live region: role="status" is the notices' (an import's result, Undo)
      className="visually-hidden announcer"
      aria-live="polite"
      aria-atomic="true"
    />
  );
}
