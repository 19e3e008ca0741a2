import type { FicheContent } from '@reperes/shared';

/**
 * Unsent edits, kept on this device until the server accepts them: one entry per fiche, keyed by the
 * fiche id and the revision the edit was based on (`reperes.admin.draft:<id>@<revision>`), so a reload or
 * a lost connection loses nothing and a stale base is recognised as a conflict.
 */
const PREFIX = 'reperes.admin.draft:';

export interface LocalDraft {
  ficheId: string;
  baseRevision: number;
  content: FicheContent;
  /** When it was written (ISO). */
  at: string;
}

const keyOf = (ficheId: string, baseRevision: number) => `${PREFIX}${ficheId}@${baseRevision}`;

function keysFor(ficheId: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(`${PREFIX}${ficheId}@`)) keys.push(key);
    }
  } catch {
    // Storage unavailable (private mode, policy): nothing kept.
  }
  return keys;
}

/** The latest unsent edit of this fiche on this device, if any. */
export function readDraft(ficheId: string): LocalDraft | undefined {
  let best: LocalDraft | undefined;
  for (const key of keysFor(ficheId)) {
    try {
      const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as LocalDraft | null;
      if (draft && (!best || draft.baseRevision > best.baseRevision)) best = draft;
    } catch {
      // A damaged entry is ignored.
    }
  }
  return best;
}

/** Keeps the edit; answers false when the device refused (quota, private mode). */
export function writeDraft(ficheId: string, baseRevision: number, content: FicheContent): boolean {
  const key = keyOf(ficheId, baseRevision);
  const draft: LocalDraft = { ficheId, baseRevision, content, at: new Date().toISOString() };
  try {
    localStorage.setItem(key, JSON.stringify(draft));
    for (const other of keysFor(ficheId)) if (other !== key) localStorage.removeItem(other);
    return true;
  } catch {
    return false;
  }
}

/** The server accepted the edit: forget the local copy. */
export function clearDraft(ficheId: string): void {
  try {
    for (const key of keysFor(ficheId)) localStorage.removeItem(key);
  } catch {
    // see keysFor
  }
}
