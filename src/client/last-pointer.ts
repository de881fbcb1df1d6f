/** Whether the reader's last press was a touch or pen rather than a mouse (a key press resets it). */
let touch = false;
let listening = false;

export function lastPressWasTouch(): boolean {
  return touch;
}

/** Starts following the reader's presses; safe to call from every module that asks. */
export function followPresses(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('pointerdown', (event) => (touch = event.pointerType !== 'mouse'), { capture: true });
  document.addEventListener('keydown', () => (touch = false), { capture: true });
}
