/**
 * Runs `cb` on the next animation frame, or after 250 ms when no frame comes (hidden tabs
 * get none): how the content script coalesces work that need not answer a key press.
 */
export function nextFrame(cb: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cb();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
  setTimeout(once, 250);
}
