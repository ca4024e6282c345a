/** Resolves once the browser has drawn the next frame. */
export const nextFrame = () =>
  new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve)));
