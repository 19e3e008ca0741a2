import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import {
  staleRevisionDetailsSchema,
  type AdminFiche,
  type FicheContent,
  type Revision,
  type StaleRevisionDetails,
} from '@reperes/shared';
import { deepEqual } from '@reperes/shared/diff';
import { get, isApiError, put } from '../api/client';
import { clearDraft, readDraft, writeDraft } from '../utils/draft-store';
import { clone, prepareContent } from '../utils/fiche-form';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2_000;
const RETRY_DELAY_MS = 10_000;

export type SaveState =
  /** The server has exactly what the form shows. */
  | 'saved'
  /** Changes waiting for the autosave delay. */
  | 'pending'
  | 'saving'
  /** No connection: kept on this device, sent when the connection is back. */
  | 'offline'
  /** A field is invalid: kept on this device until it is fixed. */
  | 'invalid'
  /** The server refused for another reason (shown), kept on this device. */
  | 'error'
  /** Someone saved since this edit started: the merge view is open. */
  | 'conflict';

/**
 * The editing copy of a fiche: autosave a moment after typing stops, unsent changes kept in localStorage
 * (keyed by fiche id + base revision) until the server accepts them, 409 STALE_REVISION turned into a
 * conflict to merge.
 */
export function useFicheDraft(id: string) {
  /** The last version the server answered. */
  const fiche = shallowRef<AdminFiche | null>(null);
  const form = ref<FicheContent | null>(null);
  const state = ref<SaveState>('saved');
  const lastSavedAt = ref<Date | null>(null);
  const error = ref<unknown>(null);
  const loadError = ref<unknown>(null);
  const conflict = shallowRef<StaleRevisionDetails | null>(null);
  /** The version both sides started from, when known: the merge view preselects the side that changed. */
  const conflictBase = shallowRef<FicheContent | null>(null);
  /** The device refused to keep a copy (storage full or disabled). */
  const notStoredLocally = ref(false);
  /** The revision this edit is based on (sent with the next save). */
  const baseRevision = ref(0);

  const prepared = computed(() => (form.value ? prepareContent(form.value) : null));
  const issues = computed(() => (prepared.value && !prepared.value.ok ? prepared.value.issues : []));
  const hasUnsavedChanges = computed(() => {
    const p = prepared.value;
    if (!p || !fiche.value) return false;
    return !p.ok || !deepEqual(p.content, fiche.value.content);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | undefined;
  /** What the code itself last put in the form (not a change by the person). */
  let setSnapshot = '';

  function schedule(delay = AUTOSAVE_DELAY_MS): void {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), delay);
  }

  function setForm(content: FicheContent): void {
    setSnapshot = JSON.stringify(content);
    form.value = clone(content);
  }

  function keepLocally(): void {
    if (form.value) notStoredLocally.value = !writeDraft(id, baseRevision.value, form.value);
  }

  async function load(): Promise<void> {
    loadError.value = null;
    try {
      const server = await get<AdminFiche>(`/admin/fiches/${id}`);
      fiche.value = server;
      baseRevision.value = server.revision;
      const local = readDraft(id);
      const localPrepared = local ? prepareContent(local.content) : undefined;
      const differs = local && !(localPrepared?.ok && deepEqual(localPrepared.content, server.content));
      if (!local || !differs) {
        clearDraft(id);
        setForm(server.content);
        state.value = 'saved';
        return;
      }
      setForm(local.content);
      if (local.baseRevision === server.revision) {
        state.value = 'pending';
        schedule(0);
      } else {
        baseRevision.value = local.baseRevision;
        conflictBase.value = await get<Revision>(`/admin/fiches/${id}/revisions/${local.baseRevision}`)
          .then((r) => r.content)
          .catch(() => null);
        conflict.value = {
          revision: server.revision,
          status: server.status,
          content: server.content,
          ...(server.updatedBy ? { savedBy: server.updatedBy } : {}),
          savedAt: server.updatedAt,
        };
        state.value = 'conflict';
      }
    } catch (e) {
      loadError.value = e;
    }
  }

  watch(
    form,
    () => {
      if (!form.value || !fiche.value) return;
      if (JSON.stringify(form.value) === setSnapshot) return;
      setSnapshot = '';
      keepLocally();
      if (state.value === 'conflict') return;
      if (prepared.value && !prepared.value.ok) {
        // Said at once, at the field: nothing is sent until it is fixed (the change stays on the device).
        clearTimeout(timer);
        state.value = 'invalid';
        return;
      }
      state.value = 'pending';
      schedule();
    },
    { deep: true },
  );

  async function save(): Promise<void> {
    clearTimeout(timer);
    if (saving) {
      await saving;
      if (state.value === 'pending') return save();
      return;
    }
    if (!form.value || !fiche.value || state.value === 'conflict') return;
    const p = prepareContent(form.value);
    if (!p.ok) {
      state.value = 'invalid';
      return;
    }
    if (deepEqual(p.content, fiche.value.content) && baseRevision.value === fiche.value.revision) {
      clearDraft(id);
      state.value = 'saved';
      return;
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      state.value = 'offline';
      return;
    }
    state.value = 'saving';
    error.value = null;
    const sent = p.content;
    saving = (async () => {
      try {
        const updated = await put<AdminFiche>(`/admin/fiches/${id}`, {
          revision: baseRevision.value,
          content: sent,
        });
        fiche.value = updated;
        baseRevision.value = updated.revision;
        lastSavedAt.value = new Date();
        const now = form.value ? prepareContent(form.value) : undefined;
        if (now?.ok && deepEqual(now.content, sent)) {
          clearDraft(id);
          state.value = 'saved';
        } else {
          // Typed during the save: keep it against the new base and save again soon.
          keepLocally();
          state.value = 'pending';
          schedule();
        }
      } catch (e) {
        if (isApiError(e, 'STALE_REVISION')) {
          const details = staleRevisionDetailsSchema.safeParse(e.details);
          if (details.success) {
            conflictBase.value = fiche.value?.content ?? null;
            conflict.value = details.data;
            state.value = 'conflict';
            return;
          }
        }
        if (isApiError(e, 'NETWORK_ERROR')) {
          state.value = 'offline';
          schedule(RETRY_DELAY_MS);
          return;
        }
        error.value = e;
        state.value = 'error';
      }
    })();
    try {
      await saving;
    } finally {
      saving = undefined;
    }
  }

  /** Saves now (before a workflow action); resolves true when the server has everything. */
  async function flush(): Promise<boolean> {
    clearTimeout(timer);
    await save();
    return state.value === 'saved';
  }

  /**
   * The person merged their version with the one stored meanwhile: continue from the stored revision with
   * the merged content, and save it.
   */
  async function resolveConflict(merged: FicheContent): Promise<void> {
    const current = conflict.value;
    if (!current || !fiche.value) return;
    fiche.value = {
      ...fiche.value,
      revision: current.revision,
      status: current.status,
      content: current.content,
    };
    baseRevision.value = current.revision;
    conflict.value = null;
    conflictBase.value = null;
    setForm(merged);
    keepLocally();
    state.value = 'pending';
    await save();
  }

  /** A workflow action answered the new fiche (status, revision); the content is unchanged. */
  function applyServerFiche(updated: AdminFiche): void {
    fiche.value = updated;
    baseRevision.value = updated.revision;
    const p = form.value ? prepareContent(form.value) : undefined;
    if (p?.ok && deepEqual(p.content, updated.content)) {
      clearDraft(id);
      state.value = 'saved';
    } else {
      keepLocally();
    }
  }

  /** Replace the form with the server's version (after restoring a revision). */
  function reset(updated: AdminFiche): void {
    fiche.value = updated;
    baseRevision.value = updated.revision;
    conflict.value = null;
    clearDraft(id);
    setForm(updated.content);
    state.value = 'saved';
  }

  const onOnline = () => {
    if (state.value === 'offline' || state.value === 'error') void save();
  };
  const onOffline = () => {
    if (state.value === 'pending' || state.value === 'saving') state.value = 'offline';
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  onBeforeUnmount(() => {
    clearTimeout(timer);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    // Leaving the page: try to send what is pending; the local copy stays until it is accepted.
    if (state.value === 'pending') void save();
  });

  return {
    fiche,
    form,
    state,
    lastSavedAt,
    error,
    loadError,
    conflict,
    conflictBase,
    notStoredLocally,
    baseRevision,
    issues,
    hasUnsavedChanges,
    load,
    save,
    flush,
    resolveConflict,
    applyServerFiche,
    reset,
  };
}
