/**
 * A small glyph for the kind of platform, drawn by us from basic shapes (no logos, no trademarks):
 * a page flag, a camera, a note, a play button, a chat bubble, a headset, a star, two bubbles.
 * Decoration only; the platform's name is written beside it.
 */
import type { Platform } from '../../engine/index.ts';

const SHAPES: Record<Platform, string> = {
  facebook: 'M6 21V3M6 4h11l-2 4 2 4H6',
  instagram: 'M4 7h4l2-2h4l2 2h4v12H4zM12 10a3 3 0 1 0 0 6 3 3 0 0 0 0-6',
  tiktok: 'M14 3v11a3.5 3.5 0 1 1-3.5-3.5M14 3c0 3 2 5 5 5',
  youtube: 'M3 7c0-1.5 1-2.5 2.5-2.5h13C20 4.5 21 5.5 21 7v10c0 1.5-1 2.5-2.5 2.5h-13C4 19.5 3 18.5 3 17zM10 9v6l5-3z',
  whatsapp: 'M4 5h16v11H9l-5 4z',
  discord: 'M4 14a8 8 0 0 1 16 0v3h-4v-5h4M4 12h4v5H4z',
  reviews: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  forum: 'M3 4h12v8H7l-4 3zM9 14v2h8l4 3V8h-4',
};

export function PlatformIcon({ platform }: { platform: Platform }) {
  return (
    <svg className="sim-platform-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={SHAPES[platform]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
