import { z } from 'zod';
import {
  AdminResetPasswordInput,
  AdminUserInfo,
  ApiTokenCreated,
  ApiTokenCreateInput,
  ApiTokenInfo,
  ChangePasswordInput,
  DemoHint,
  Email,
  ExportDocument,
  InstanceSettings,
  Password,
  Profile,
  Role,
  SessionCheck,
  SessionInfo,
  SignInInput,
  SigninLinkInfo,
  SignUpInput,
} from '../accounts.ts';
import { contract } from './contract.ts';

/** What an account import added, per kind of record. */
export const ImportResult = z.object({ imported: z.record(z.string(), z.number()) });
export type ImportResult = z.infer<typeof ImportResult>;

/** An account an admin creates; the role defaults to member. */
export const AdminCreateUserInput = z.object({
  email: Email,
  name: z.string().trim().min(1).max(100),
  password: Password,
  role: Role.default('member'),
});
export type AdminCreateUserInput = z.input<typeof AdminCreateUserInput>;

/** Sign-up, sign-in, "Try the demo", sign-out, the current session, and the demo hint. */
export const authContracts = {
  signUp: contract({
    method: 'post',
    path: '/api/auth/signup',
    tag: 'auth',
    summary: 'Create an account and sign in',
    body: SignUpInput,
    response: SessionInfo,
    status: 201,
    public: true,
  }),
  signIn: contract({
    method: 'post',
    path: '/api/auth/signin',
    tag: 'auth',
    summary: 'Sign in with email and password',
    body: SignInInput,
    response: SessionInfo,
    public: true,
  }),
  tryDemo: contract({
    method: 'post',
    path: '/api/auth/demo',
    tag: 'auth',
    summary: 'Create your own 24-hour copy of the demo workspace and sign in to it',
    response: SessionInfo,
    status: 201,
    public: true,
  }),
  signOut: contract({
    method: 'post',
    path: '/api/auth/signout',
    tag: 'auth',
    summary: 'Sign out of this session',
  }),
  session: contract({
    method: 'get',
    path: '/api/auth/session',
    tag: 'auth',
    summary: 'The signed-in user and CSRF token; `user: null` when no one is signed in',
    response: SessionCheck,
    public: true,
  }),
  demoHint: contract({
    method: 'get',
    path: '/api/auth/demo-hint',
    tag: 'auth',
    summary:
      'Which demos this instance offers: "Try the demo" (personal copies) and the shared account',
    response: DemoHint,
    public: true,
  }),
};

/** The signed-in user's profile, API tokens, password, export/import and deletion. */
export const accountContracts = {
  getProfile: contract({
    method: 'get',
    path: '/api/profile',
    tag: 'profile',
    summary: 'Your freelancer profile',
    response: Profile,
  }),
  // The body is validated in the domain verb, which also checks skill and role ids.
  saveProfile: contract({
    method: 'put',
    path: '/api/profile',
    tag: 'profile',
    summary: 'Replace your freelancer profile',
    body: z.unknown(),
    response: Profile,
  }),
  listTokens: contract({
    method: 'get',
    path: '/api/tokens',
    tag: 'tokens',
    summary: 'Your personal API tokens',
    response: z.object({ tokens: z.array(ApiTokenInfo) }),
  }),
  createToken: contract({
    method: 'post',
    path: '/api/tokens',
    tag: 'tokens',
    summary: 'Create a personal API token (shown once)',
    body: ApiTokenCreateInput,
    response: ApiTokenCreated,
    status: 201,
  }),
  revokeToken: contract({
    method: 'delete',
    path: '/api/tokens/:id',
    tag: 'tokens',
    summary: 'Revoke an API token',
  }),
  changePassword: contract({
    method: 'post',
    path: '/api/account/password',
    tag: 'account',
    summary: 'Change your password (ends every session and API token, this one included)',
    body: ChangePasswordInput,
  }),
  exportData: contract({
    method: 'get',
    path: '/api/account/export',
    tag: 'account',
    summary: 'Everything you own as one JSON document',
    response: ExportDocument,
  }),
  // The document itself, or { document, sourceJwks }: the server tells them apart.
  importData: contract({
    method: 'post',
    path: '/api/account/import',
    tag: 'account',
    summary:
      'Import an export document into your account (the document itself, or { document, sourceJwks } with the source instance’s published keys)',
    body: z.unknown(),
    maxBody: 50 * 1024 * 1024,
    response: ImportResult,
  }),
  deleteAccount: contract({
    method: 'delete',
    path: '/api/account',
    tag: 'account',
    summary: 'Delete your account and everything in it',
    body: z.object({ password: z.string().min(1).max(200) }),
  }),
};

/** Admin-only: users, password resets, instance settings. Members get 403. */
export const adminContracts = {
  listUsers: contract({
    method: 'get',
    path: '/api/admin/users',
    admin: true,
    tag: 'admin',
    summary: 'All accounts',
    response: z.object({ users: z.array(AdminUserInfo) }),
  }),
  createUser: contract({
    method: 'post',
    path: '/api/admin/users',
    admin: true,
    tag: 'admin',
    summary: 'Create an account',
    status: 201,
    response: AdminUserInfo,
    body: AdminCreateUserInput,
  }),
  resetPassword: contract({
    method: 'post',
    path: '/api/admin/users/:id/reset-password',
    admin: true,
    tag: 'admin',
    summary: "Set a user's password",
    body: AdminResetPasswordInput,
  }),
  signinLink: contract({
    method: 'post',
    path: '/api/admin/users/:id/signin-link',
    admin: true,
    tag: 'admin',
    summary:
      'A one-time sign-in link for a user (works once, for 15 minutes; shown once, only its hash is kept)',
    response: SigninLinkInfo,
    status: 201,
  }),
  getSettings: contract({
    method: 'get',
    path: '/api/admin/settings',
    admin: true,
    tag: 'admin',
    summary: 'Instance settings',
    response: InstanceSettings,
  }),
  saveSettings: contract({
    method: 'put',
    path: '/api/admin/settings',
    admin: true,
    tag: 'admin',
    summary: 'Change instance settings',
    body: InstanceSettings,
    response: InstanceSettings,
  }),
};
