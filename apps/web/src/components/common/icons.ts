// Inline SVG icons (no icon font, no request): 24×24 path data, stroked with the text colour by AppIcon.
// One export per icon, so each chunk carries only the icons it draws. This module is in the main chunk (the
// layout and home page draw from it): icons only the other pages draw are in page-icons.ts, which loads
// with them.

export const iconSearch = 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z M21 21l-5-5';
export const iconArrow = 'M5 12h14 M13 6l6 6-6 6';
export const iconBookmark = 'M6 3h12v18l-6-4-6 4z';
export const iconCheck = 'M4 12l5 5L20 6';
export const iconClose = 'M6 6l12 12 M18 6L6 18';
export const iconAlert = 'M12 3l10 18H2z M12 10v5 M12 18h.01';
export const iconInfo = 'M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20z M12 11v6 M12 7h.01';
export const iconGlobe =
  'M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20z M2 12h20 M12 2c3 3 3 17 0 20 M12 2c-3 3-3 17 0 20';
export const iconChat = 'M4 4h16v12H9l-5 4z';
export const iconDownload = 'M12 3v12 M7 10l5 5 5-5 M4 21h16';
