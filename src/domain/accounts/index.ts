/** The accounts capability: sign-up/in, sessions, API tokens, profile, export/import/delete, admin. */
export { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
export {
  authenticateApiToken,
  authenticateSession,
  type Principal,
  signOut,
} from './authenticate.ts';
export { backupInstance, restoreInstance } from './backup-instance.ts';
export { createSigninLink, SIGNIN_LINK_MINUTES, type SigninLink } from './create-signin-link.ts';
export { createUser } from './create-user.ts';
export { exportAccount } from './export-account.ts';
export { getModelSettings } from './get-model-settings.ts';
export { getModelUsage } from './get-model-usage.ts';
export { getInstanceSettings, updateInstanceSettings } from './instance-settings.ts';
export { type IssuerIdentity, issuerIdentity } from './issuer-identity.ts';
export { listUsers } from './list-users.ts';
export { verifyPassword } from './password.ts';
export { changePassword, requireAdmin, resetPassword } from './passwords.ts';
export { presentUser } from './present-user.ts';
export { getProfile, updateProfile } from './profile.ts';
export { purgeExpired } from './purge-expired.ts';
export { setModelLimits } from './set-model-limits.ts';
export { signIn } from './sign-in.ts';
export { signInWithLink } from './sign-in-with-link.ts';
export { signUp } from './sign-up.ts';
export { type StartedSession, startSession } from './start-session.ts';
export { testModelConnection } from './test-model-connection.ts';
export { updateModelSettings } from './update-model-settings.ts';
