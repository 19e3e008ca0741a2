import type { AuthUser, LanguageCode } from '@reperes/shared';
import { AppError } from '../../errors/app-error.js';

type Person = Pick<AuthUser, 'roles' | 'languages'>;

/** Translators and reviewers translate into their own languages (reviewers translate too). */
export function canTranslate(p: Person, lang: LanguageCode): boolean {
  return (p.roles.includes('translator') || p.roles.includes('reviewer')) && p.languages.includes(lang);
}

/** Only reviewers approve, and only in their languages. */
export function canReview(p: Person, lang: LanguageCode): boolean {
  return p.roles.includes('reviewer') && p.languages.includes(lang);
}

/** XLIFF exchange with professional translators: the language's translators, or editors and admins for any. */
export function canExchange(p: Person, lang: LanguageCode): boolean {
  return canTranslate(p, lang) || p.roles.includes('editor') || p.roles.includes('admin');
}

export function assertCanTranslate(p: Person, lang: LanguageCode): void {
  if (!canTranslate(p, lang)) {
    throw new AppError(
      'FORBIDDEN',
      `You do not translate into "${lang}": ask an admin to add it to your languages.`,
    );
  }
}

export function assertCanReview(p: Person, lang: LanguageCode): void {
  if (!canReview(p, lang)) {
    throw new AppError(
      'FORBIDDEN',
      p.roles.includes('reviewer')
        ? `You do not review "${lang}": ask an admin to add it to your languages.`
        : 'Only reviewers approve translations or ask for changes.',
    );
  }
}

export function assertCanExchange(p: Person, lang: LanguageCode): void {
  if (!canExchange(p, lang)) {
    throw new AppError('FORBIDDEN', `You do not translate into "${lang}".`);
  }
}
