import type { MailMessage } from '../mail/mail.service.js';
import type { Actor } from './access.js';

/** What an editorial use case gets from the request: who acts, and the request-bound side channels. */
export interface EditorialContext {
  actor: Actor;
  /** Appends an audit entry (modules/audit) for this request. */
  audit(action: string, ficheId: string, details?: Record<string, unknown>): Promise<void>;
  sendMail(message: MailMessage): Promise<void>;
  /** Public address of the site (PUBLIC_URL), for links in emails. */
  publicUrl: string;
  /** Where to report a failure that must not fail the request (an email that could not be sent). */
  warn(err: unknown, message: string): void;
}
