/**
 * Locks the screen after `minutes` without keyboard or mouse use. Institution PCs are shared and
 * left unattended; the backend expires idle sessions too, this just gets there first and
 * clears the screen.
 */
import { useEffect, useRef } from 'react';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 10_000;

export function isIdle(lastActivity: number, now: number, minutes: number): boolean {
  return now - lastActivity >= minutes * 60_000;
}

export function useAutoLock(minutes: number, onIdle: () => void): void {
  const last = useRef(Date.now());
  const idle = useRef(onIdle);
  useEffect(() => {
    idle.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    for (const ev of ACTIVITY) window.addEventListener(ev, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (isIdle(last.current, Date.now(), minutes)) idle.current();
    }, CHECK_EVERY_MS);
    return () => {
      for (const ev of ACTIVITY) window.removeEventListener(ev, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes]);
}
