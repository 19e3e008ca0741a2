/**
 * The page's side of inlineStylesheets (snapshots.ts, shared with the service worker). In a page answered
 * with a snapshot, the stylesheets the worker wrote in go back to being links, so the live page is the
 * one a plain visit gives (and the app's loader finds the stylesheets it expects); each `<style>` leaves
 * once its link has loaded (same rules: nothing changes on screen).
 */
export function restoreStylesheetLinks(): void {
  for (const style of document.querySelectorAll<HTMLStyleElement>('head > style[data-href]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.setAttribute('href', style.dataset.href!);
    link.addEventListener('load', () => style.remove(), { once: true });
    link.addEventListener('error', () => link.remove(), { once: true });
    style.before(link);
  }
}
