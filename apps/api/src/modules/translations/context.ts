import type { Request } from 'express';
import { type AuthUser, type TranslationErrorCode } from '@reperes/shared';
import type { Config } from '../../config.js';
import { AppError } from '../../errors/app-error.js';
import { audit } from '../audit/audit.service.js';
import { sendMail, type MailMessage } from '../mail/mail.service.js';

/** What a translation use case gets from the request: who acts, the config, and side channels. */
export interface TranslationContext {
  actor: AuthUser;
  config: Config;
  audit(action: string, targetId: string, details?: Record<string, unknown>): Promise<void>;
  sendMail(message: MailMessage): Promise<void>;
  /** A failure that must not fail the request (an email that could not be sent). */
  warn(err: unknown, message: string): void;
}

export function contextOf(config: Config, req: Request): TranslationContext {
  const user = req.user;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return {
    actor: user,
    config,
    audit: (action, targetId, details) => audit(req, action, { type: 'translation', id: targetId }, details),
    sendMail: (message) => sendMail(config, message),
    warn: (err, message) => req.log?.warn({ err }, message),
  };
}

/**
 * An error with one of the translation codes (shared/src/schemas/translations-api.ts). The one error handler
 * answers it like any AppError: `{ error: { code, message, details } }` with the code's status.
 */
export class TranslationError extends AppError {
  constructor(code: TranslationErrorCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
