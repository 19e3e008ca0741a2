import { z } from 'zod';
import { idSchema, isoDateSchema, languageCodeSchema } from './common.js';

/** Back-office roles; a person may hold several. Translators and reviewers work in their languages. */
export const ROLES = ['admin', 'editor', 'contributor', 'translator', 'reviewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that must use a second factor (TOTP). */
export const ROLES_REQUIRING_TOTP: readonly Role[] = ['admin', 'editor', 'reviewer'];

/** Whether a person holding these roles must have TOTP enrolled before doing anything else. */
export function requiresTotp(roles: readonly Role[]): boolean {
  return roles.some((r) => ROLES_REQUIRING_TOTP.includes(r));
}

/** Emails are compared lower-cased and trimmed (no collation in our MongoDB subset). */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

/**
 * A password as typed. No character-class rules: the API measures strength with zxcvbn (score ≥ 3) and
 * answers WEAK_PASSWORD with its feedback. The cap keeps hashing and strength estimation cheap.
 */
export const passwordSchema = z.string().min(1).max(256);

export const personNameSchema = z.string().trim().min(1).max(120);

/** Single-use tokens sent by email (invites, password resets): 32 random bytes, base64url. */
export const emailTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a token from the email link');

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'the 6-digit code from the authenticator app');

/** Recovery codes look like `abcde-fghij`; spaces and case are forgiven. */
export const recoveryCodeSchema = z
  .string()
  .max(40)
  .transform((c) => c.toLowerCase().replace(/[^a-z0-9]/g, ''))
  .pipe(z.string().regex(/^[a-z0-9]{10}$/, 'a recovery code like abcde-fghij'));

/** The signed-in person as the API and the back-office see them. */
export const authUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  /** Languages a translator or reviewer works in. */
  languages: z.array(languageCodeSchema),
  organisationIds: z.array(idSchema),
  totpEnabled: z.boolean(),
});
export type AuthUser = z.infer<typeof authUserSchema>;

// ---------------------------------------------------------------------------------------------------------
// Sign-in, second factor, password

/**
 * `GET /api/v1/auth/session` and the answer of login and TOTP verification.
 * - signed out: `{ user: null }`
 * - password accepted, TOTP code expected: `{ user: null, totpRequired: true, csrfToken }`
 * - signed in but a privileged role without TOTP yet: `{ user, csrfToken, totpEnrolmentRequired: true }`;
 *   only the enrolment endpoints answer until TOTP is enabled (others: 403 TOTP_REQUIRED)
 * - signed in: `{ user, csrfToken }`. Send `X-CSRF-Token: <csrfToken>` with every POST/PUT/PATCH/DELETE.
 */
export const sessionInfoSchema = z.object({
  user: authUserSchema.nullable(),
  csrfToken: z.string().optional(),
  totpRequired: z.boolean().optional(),
  totpEnrolmentRequired: z.boolean().optional(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const loginRequestSchema = z.strictObject({ email: emailSchema, password: passwordSchema });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Exactly one of `code` (authenticator app) or `recoveryCode` (single use). */
export const totpVerifyRequestSchema = z.union([
  z.strictObject({ code: totpCodeSchema }),
  z.strictObject({ recoveryCode: recoveryCodeSchema }),
]);
export type TotpVerifyRequest = z.infer<typeof totpVerifyRequestSchema>;

/** Answer of `POST /auth/totp/setup`: the admin UI renders `otpauthUri` as a QR code on the device. */
export const totpSetupResponseSchema = z.object({ secret: z.string(), otpauthUri: z.string() });
export type TotpSetupResponse = z.infer<typeof totpSetupResponseSchema>;

export const totpEnableRequestSchema = z.strictObject({ code: totpCodeSchema });
export type TotpEnableRequest = z.infer<typeof totpEnableRequestSchema>;

/** Ten single-use recovery codes, shown once. */
export const totpEnableResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type TotpEnableResponse = z.infer<typeof totpEnableResponseSchema>;

export const passwordChangeRequestSchema = z.strictObject({
  currentPassword: passwordSchema,
  newPassword: passwordSchema,
});
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z.strictObject({
  token: emailTokenSchema,
  newPassword: passwordSchema,
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

/** Details of a WEAK_PASSWORD error (zxcvbn feedback, in French). */
export const weakPasswordDetailsSchema = z.object({
  score: z.number().int().min(0).max(4),
  minScore: z.number().int(),
  warning: z.string().nullable(),
  suggestions: z.array(z.string()),
});
export type WeakPasswordDetails = z.infer<typeof weakPasswordDetailsSchema>;

/** One of the signed-in person's sessions (`GET /auth/sessions`). */
export const sessionSummarySchema = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: isoDateSchema,
  lastSeenAt: isoDateSchema,
  ip: z.string().optional(),
  userAgent: z.string().optional(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

// ---------------------------------------------------------------------------------------------------------
// Invitations and account administration

const rolesSchema = z.array(roleSchema).max(ROLES.length);
const languagesSchema = z.array(languageCodeSchema).max(20);
const organisationIdsSchema = z.array(idSchema).max(50);

function languagesForLanguageRoles(v: { roles?: Role[]; languages?: string[] }, ctx: z.RefinementCtx): void {
  const needs = v.roles?.some((r) => r === 'translator' || r === 'reviewer');
  if (needs && v.languages !== undefined && v.languages.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['languages'],
      message: 'translators and reviewers need at least one language',
    });
  }
}

export const inviteRequestSchema = z
  .strictObject({
    email: emailSchema,
    name: personNameSchema,
    roles: rolesSchema.min(1),
    languages: languagesSchema.default([]),
    organisationIds: organisationIdsSchema.default([]),
  })
  .superRefine(languagesForLanguageRoles);
export type InviteRequest = z.infer<typeof inviteRequestSchema>;

export const inviteSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  languages: z.array(languageCodeSchema),
  organisationIds: z.array(idSchema),
  invitedBy: idSchema.nullable(),
  createdAt: isoDateSchema,
  expiresAt: isoDateSchema,
});
export type Invite = z.infer<typeof inviteSchema>;

export const inviteAcceptRequestSchema = z.strictObject({
  token: emailTokenSchema,
  name: personNameSchema,
  password: passwordSchema,
});
export type InviteAcceptRequest = z.infer<typeof inviteAcceptRequestSchema>;

/** A person's account as administrators see it. */
export const adminUserSchema = authUserSchema.extend({
  active: z.boolean(),
  createdAt: isoDateSchema,
  lastLoginAt: isoDateSchema.nullable(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const pageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
};

export const userListQuerySchema = z.strictObject({
  /** Case-insensitive substring of the name or email. */
  q: z.string().trim().min(1).max(100).optional(),
  role: roleSchema.optional(),
  organisationId: idSchema.optional(),
  language: languageCodeSchema.optional(),
  active: boolQuery.optional(),
  ...pageQuery,
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userListSchema = z.object({
  items: z.array(adminUserSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type UserList = z.infer<typeof userListSchema>;

export const userUpdateRequestSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    roles: rolesSchema.optional(),
    languages: languagesSchema.optional(),
    organisationIds: organisationIdsSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change')
  .superRefine(languagesForLanguageRoles);
export type UserUpdateRequest = z.infer<typeof userUpdateRequestSchema>;

// ---------------------------------------------------------------------------------------------------------
// Organisations

export const ORGANISATION_KINDS = ['association', 'public_service', 'company', 'other'] as const;

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  website: z.string().nullable(),
  active: z.boolean(),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationMemberSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
});
export type OrganisationMember = z.infer<typeof organisationMemberSchema>;

export const organisationDetailSchema = organisationSchema.extend({
  members: z.array(organisationMemberSchema),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

const websiteSchema = z
  .url({ protocol: /^https?$/ })
  .max(300)
  .nullable();

export const organisationCreateSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(ORGANISATION_KINDS).default('association'),
  website: websiteSchema.default(null),
});
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;

export const organisationUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200).optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    website: websiteSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type OrganisationUpdate = z.infer<typeof organisationUpdateSchema>;

export const organisationListQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional(),
  active: boolQuery.optional(),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

// ---------------------------------------------------------------------------------------------------------
// Audit log

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateSchema,
  actorId: idSchema.nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  details: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  targetType: z
    .string()
    .regex(/^[a-z][a-z_]{0,39}$/)
    .optional(),
  targetId: z.string().min(1).max(100).optional(),
  actorId: idSchema.optional(),
  action: z
    .string()
    .regex(/^[a-z][a-z_.]{0,59}$/)
    .optional(),
  ...pageQuery,
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditListSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditList = z.infer<typeof auditListSchema>;
