// Icons only lazily loaded pages draw (fiche, bilingual view, share panel…), same format as icons.ts:
// kept out of the main chunk, which holds icons.ts.

export const iconBack = 'M19 12H5 M11 6l-6 6 6 6';
export const iconBookmarked = 'M6 3h12v18l-6-4-6 4z M9 10l2 2 4-4';
export const iconShare =
  'M18 8a3 3 0 1 0 0-6a3 3 0 0 0 0 6z M6 15a3 3 0 1 0 0-6a3 3 0 0 0 0 6z M18 22a3 3 0 1 0 0-6a3 3 0 0 0 0 6z M8.6 13.5l6.8 4 M15.4 6.5l-6.8 4';
export const iconPrint = 'M6 9V3h12v6 M6 18H4v-7h16v7h-2 M6 14h12v7H6z';
export const iconSpeaker = 'M4 9h4l5-4v14l-5-4H4z M16 9a4 4 0 0 1 0 6 M19 6a8 8 0 0 1 0 12';
export const iconPlay = 'M7 4l13 8-13 8z';
export const iconPause = 'M7 4h3v16H7z M14 4h3v16h-3z';
export const iconNext = 'M6 4l10 8-10 8z M18 4v16';
export const iconStop = 'M6 6h12v12H6z';
export const iconCopy = 'M9 9h11v11H9z M5 15H4V4h11v1';
export const iconQr =
  'M4 4h6v6H4z M14 4h6v6h-6z M4 14h6v6H4z M14 14h2v2h-2z M18 18h2v2h-2z M14 19h2 M19 14h1';
export const iconPhone =
  'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z';
export const iconPin = 'M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12z M12 7a3 3 0 1 0 0 6a3 3 0 0 0 0-6z';
export const iconMail = 'M3 5h18v14H3z M3 6l9 7 9-7';
export const iconExternal = 'M14 4h6v6 M20 4l-9 9 M18 14v6H4V6h6';
export const iconPeople =
  'M9 11a4 4 0 1 0 0-8a4 4 0 0 0 0 8z M2 21v-1a6 6 0 0 1 12 0v1 M16 3.5a4 4 0 0 1 0 7.5 M18 14a6 6 0 0 1 4 6v1';
export const iconEuro = 'M18 6a7 7 0 1 0 0 12 M4 10h9 M4 14h9';
export const iconCalendar = 'M3 5h18v16H3z M3 10h18 M8 3v4 M16 3v4';
export const iconClock = 'M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20z M12 7v5l3 3';
export const iconFlag = 'M5 21V4h12l-2 4 2 4H5';
export const iconBook = 'M2 5c4-2 7-1 10 1 3-2 6-3 10-1v14c-4-2-7-1-10 1-3-2-6-3-10-1z M12 6v15';
export const iconList = 'M6 2h12v20H6z M9 12l2 2 4-4';
export const iconBadge = 'M4 4h16v16H4z M8 9h8 M8 13h8 M8 17h5';
export const iconLevel = 'M4 20V14 M10 20V9 M16 20V4 M3 20h18';
