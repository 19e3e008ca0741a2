import type {
  AdminThemeList,
  NeedCreate,
  NeedMove,
  NeedOrder,
  NeedUpdate,
  ThemeCreate,
  ThemeUpdate,
  ThemeWriteResult,
} from '@reperes/shared';
import { api, get, patch, post, put } from './client';

/**
 * The theme and need administration (admins and editors). Every write answers the whole catalogue in its
 * new state; stale versions get 409 STALE_REVISION, deletes of themes or needs still in use 409
 * THEME_IN_USE / NEED_IN_USE with `details.ficheCount`.
 */
const base = '/themes';
const theme = (id: string) => `${base}/${encodeURIComponent(id)}`;
const need = (themeId: string, needId: string) => `${theme(themeId)}/needs/${encodeURIComponent(needId)}`;

export const themesApi = {
  list: () => get<AdminThemeList>(`${base}/admin`),
  createTheme: (body: ThemeCreate) => post<ThemeWriteResult>(base, body),
  updateTheme: (id: string, body: ThemeUpdate) => patch<ThemeWriteResult>(theme(id), body),
  reorderThemes: (ids: string[]) => put<ThemeWriteResult>(`${base}/order`, { ids }),
  deleteTheme: (id: string, version: number) =>
    api<ThemeWriteResult>('DELETE', theme(id), { body: { version } }),
  createNeed: (themeId: string, body: NeedCreate) => post<ThemeWriteResult>(`${theme(themeId)}/needs`, body),
  updateNeed: (themeId: string, needId: string, body: NeedUpdate) =>
    patch<ThemeWriteResult>(need(themeId, needId), body),
  reorderNeeds: (themeId: string, body: NeedOrder) =>
    put<ThemeWriteResult>(`${theme(themeId)}/needs/order`, body),
  moveNeed: (themeId: string, needId: string, body: NeedMove) =>
    post<ThemeWriteResult>(`${need(themeId, needId)}/move`, body),
  deleteNeed: (themeId: string, needId: string, version: number) =>
    api<ThemeWriteResult>('DELETE', need(themeId, needId), { body: { version } }),
};
