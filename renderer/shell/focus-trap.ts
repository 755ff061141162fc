/**
 * Tab and Shift+Tab cycle inside a modal dialog instead of walking out into the page behind it
 * (WAI-ARIA dialog pattern): from the last control Tab goes to the first, and back.
 */
import type { KeyboardEvent } from 'react';

/** What Tab can reach; disabled controls and tabindex="-1" are skipped as the browser does. */
const FOCUSABLE =
  'button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Call from the dialog's onKeyDown: wraps Tab at either end of the dialog's controls. */
export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
