// Inline SVG icons: fixed markup written here, drawn in the text's colour (currentColor), and
// always beside words that say the same thing, so they are hidden from assistive technology.
import { type Html, raw } from '../jsx.js';

const svg = (paths: string, cls = 'icon') =>
  raw(
    `<svg class="${cls}" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`,
  );

/** The leaf of the favicon, for the header. */
export const logo: Html = raw(
  '<svg class="logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false"><rect width="64" height="64" rx="14" fill="#ffffff" fill-opacity="0.14"/><path d="M18 46c0-17 11-28 30-30-1 19-12 30-29 30" fill="#e8f3e6"/><path d="M20 44c7-9 13-15 22-21" stroke="#2f6b3f" stroke-width="3" fill="none" stroke-linecap="round"/></svg>',
);

export const icons = {
  helped: svg('<circle cx="12" cy="12" r="9"/><path d="m8 12 3 3 5-6"/>'),
  helped_temporarily: svg('<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>'),
  no_change: svg('<circle cx="12" cy="12" r="9"/><path d="M8 10h8M8 14h8"/>'),
  worse: svg('<circle cx="12" cy="12" r="9"/><path d="M12 7v9m-4-4 4 4 4-4"/>'),
  side_effects_only: svg('<path d="M12 3 2 20h20L12 3z"/><path d="M12 10v4M12 17h.01"/>'),
  sideEffect: svg('<path d="M12 3 2 20h20L12 3z"/><path d="M12 10v4M12 17h.01"/>'),
  dose: svg(
    '<rect x="3" y="9" width="18" height="7" rx="3.5" transform="rotate(-35 12 12.5)"/><path d="m9.5 8.5 5 7"/>',
  ),
  duration: svg('<circle cx="12" cy="13" r="8"/><path d="M12 9v4l2 2M9 2h6"/>'),
  evidence: svg(
    '<path d="M9 3h6M10 3v6L5 19a1.5 1.5 0 0 0 1.3 2h11.4a1.5 1.5 0 0 0 1.3-2l-5-10V3"/><path d="M7.5 15h9"/>',
  ),
} as const;
