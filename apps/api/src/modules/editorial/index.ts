import type { Router } from 'express';
import type { Config } from '../../config.js';
import { adminFeedbackRouter, feedbackRouter } from '../feedback/feedback.router.js';
import { adminFichesRouter, dashboardRouter } from './editorial.router.js';

/** Mounts fiche editing, workflow, revisions, presence, dashboard and reader feedback on the /api/v1 router. */
export function mountEditorial(api: Router, config: Config): void {
  api.use('/admin/fiches', adminFichesRouter(config));
  api.use('/admin/dashboard', dashboardRouter(config));
  api.use('/admin/feedback', adminFeedbackRouter());
  api.use('/feedback', feedbackRouter());
}
