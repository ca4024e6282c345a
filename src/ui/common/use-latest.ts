import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that holds the latest `value`, set after each render: callbacks that
 * stay the same object (for memoized children, for listeners added once)
 * read the current props through it.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
