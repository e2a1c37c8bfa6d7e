import { z } from 'zod';
import { isTimeZone } from './time-zone.ts';

/** Sharing scope every shareable record carries. */
export const Visibility = z.enum(['private', 'circle', 'public']);
export type Visibility = z.infer<typeof Visibility>;

export const DOMAIN_IDS = [
  'writing',
  'copywriting',
  'marketing',
  'data',
  'design',
  'software',
  'admin',
  'consulting',
  'ai',
  'general',
] as const;
export const DomainId = z.enum(DOMAIN_IDS);
export type DomainId = z.infer<typeof DomainId>;

export const DOMAIN_LABELS: Record<DomainId, string> = {
  writing: 'Writing & content',
  copywriting: 'Copywriting & email',
  marketing: 'SEO, marketing & ads',
  data: 'Data analysis & visualisation',
  design: 'Design, UI/UX & graphics',
  software: 'Software, web & cloud',
  admin: 'Virtual assistance & admin',
  consulting: 'Consulting, product & recruiting',
  ai: 'AI work & automation',
  general: 'Professional skills',
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

export const LearningFormat = z.enum(['video', 'reading', 'interactive', 'project']);
export type LearningFormat = z.infer<typeof LearningFormat>;

/** Self-rated level: 1 aware, 2 beginner, 3 working, 4 advanced, 5 expert. */
export const SkillLevel = z.number().int().min(1).max(5);
export const LEVEL_LABELS = ['', 'Aware', 'Beginner', 'Working', 'Advanced', 'Expert'] as const;

export const ProfileSkill = z.object({
  skillId: z.string().min(1).max(120),
  level: SkillLevel,
});
export type ProfileSkill = z.infer<typeof ProfileSkill>;

/** The freelancer profile as the API reads and writes it. */
export const Profile = z.object({
  headline: z.string().trim().max(200).default(''),
  domains: z.array(DomainId).max(DOMAIN_IDS.length).default([]),
  skills: z.array(ProfileSkill).max(300).default([]),
  targetRoles: z.array(z.string().min(1).max(120)).max(10).default([]),
  weeklyHours: z.number().min(0).max(80).default(5),
  learningDays: z.array(Weekday).max(7).default(['mon', 'wed', 'fri']),
  formats: z.array(LearningFormat).max(4).default(['reading', 'project']),
  platforms: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  visibility: Visibility.default('private'),
  /** IANA time zone for schedules, "today" and deadlines; null until set (the browser's is used). */
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')
    .nullable()
    .default(null),
  /** When learning sessions start on a learning day (local time, HH:MM). */
  preferredStart: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM')
    .default('09:00'),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }));

export const Password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const SignUpInput = z.object({
  email: Email,
  password: Password,
  name: z.string().trim().min(1, 'is required').max(100),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1, 'is required').max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const Role = z.enum(['admin', 'member']);
export type Role = z.infer<typeof Role>;

/** The signed-in user as the API presents them. */
export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type Me = z.infer<typeof Me>;

/** A sign-in answer: the user and the CSRF token to echo in `x-csrf-token`. */
export const SessionInfo = z.object({ user: Me, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;

/** The session check: who is signed in, or `user: null` (and no token) when no one is. */
export const SessionCheck = z.object({ user: Me.nullable(), csrfToken: z.string() });
export type SessionCheck = z.infer<typeof SessionCheck>;

/**
 * The demos an instance offers: `personal` ("Try the demo" creates a visitor's own copy) and
 * the shared demo account's published credentials (null unless an operator turned it on).
 */
export const DemoHint = z.object({
  personal: z.boolean(),
  email: z.string().nullable(),
  password: z.string().nullable(),
});
export type DemoHint = z.infer<typeof DemoHint>;

export const ApiTokenCreateInput = z.object({
  name: z.string().trim().min(1, 'is required').max(80),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export const ApiTokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;
/** Returned once at creation: the only time the secret is shown. */
export const ApiTokenCreated = ApiTokenInfo.extend({ token: z.string() });

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});
export const AdminResetPasswordInput = z.object({ newPassword: Password });
export const AdminUserInfo = Me.extend({ updatedAt: z.string() });
export type AdminUserInfo = z.infer<typeof AdminUserInfo>;

export const InstanceSettings = z.object({
  signup: z.enum(['open', 'closed']),
  allowPrivateNetwork: z.boolean(),
});
export type InstanceSettings = z.infer<typeof InstanceSettings>;

/** The document `export` writes and `import` reads. */
export const ExportDocument = z.object({
  format: z.literal('skilltrace-export'),
  version: z.literal(1),
  exportedAt: z.string(),
  schema: z.string(),
  user: z.object({ email: z.string(), name: z.string() }),
  /** The instance that signed the ledger checkpoints, and where its public keys are. */
  source: z.object({ issuerId: z.string(), jwksUrl: z.string() }).optional(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

/** Error body every failing API call answers with. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** A one-time sign-in link an admin made: shown once (only its hash is kept). */
export const SigninLinkInfo = z.object({
  url: z.string(),
  email: z.string(),
  expiresAt: z.string(),
});
export type SigninLinkInfo = z.infer<typeof SigninLinkInfo>;
