export { AccessModule } from './access.module';
export {
  ACCESS_OPTIONS,
  ACCESS_TOKEN_TTL_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
  accessOptionsFrom,
} from './access-options';
export type { AccessOptions } from './access-options';
export { createAccessServices } from './access-services';
export type { AccessServices } from './access-services';

// Errors (DomainError subclasses)
export { AccessRuleError, ForbiddenError, TooManyRequestsError, UnauthenticatedError } from './errors/access-errors';
export type { UnauthenticatedIssue } from './errors/access-errors';

// Authentication
export { AuthService } from './authentication/auth.service';
export type { AuthenticatedUser, Session } from './authentication/auth.service';
export { Public, IS_PUBLIC } from './authentication/public.decorator';
export { CurrentActor } from './authentication/current-actor.decorator';
export { JwtAuthGuard } from './authentication/jwt-auth.guard';
export { LocalAuthGuard } from './authentication/local-auth.guard';
export type { AccessTokenClaims } from './tokens/access-token-claims';
export { REFRESH_TOKEN_PATTERN } from './tokens/opaque-token';

// Authorisation and data scope
export { COMMANDS, COMMAND_LABELS } from './authorization/commands';
export type { Command } from './authorization/commands';
export {
  COMMAND_PERMISSIONS,
  MANAGEMENT_COMMANDS,
  READ_ONLY_COMMANDS,
  commandsOf,
  mayRun,
} from './authorization/command-permissions';
export { ROLE_LABELS } from './authorization/role-labels';
export { EVENT_COMMANDS, commandOfEvent } from './authorization/event-commands';
export { Authorize, AUTHORIZE_COMMAND } from './authorization/authorize.decorator';
export { CommandGuard } from './authorization/command.guard';
export { DataScopeService } from './authorization/data-scope.service';
export { SCOPE_REACH, scopeIncludesAny } from './authorization/data-scope';
export type { DataScope, ScopeReach } from './authorization/data-scope';
export { AuthorityDirectory } from './authorities/authority-directory';
export type { AuthoritySummary } from './authorities/authority-directory.repository';
// Authority tree administration (authority.manage) and its placement rules
export { AuthorityTreeModule } from './authorities/authority-tree.module';
export { AuthorityTreeService, codeTakenIssue } from './authorities/authority-tree.service';
export type { AuthorityQuery, NewAuthorityInput } from './authorities/authority-tree.service';
export { AuthorityTreeRepository, AuthorityCodeTakenError } from './authorities/authority-tree.repository';
export type {
  AuthorityDetailsPatch,
  AuthorityRecord,
  NewAuthorityRecord,
} from './authorities/authority-tree.repository';
export { nestAuthorities, subtreeOf } from './authorities/authority-tree';
export type { AuthorityNode, AuthorityTreeNode, SuccessionLink } from './authorities/authority-tree';
export {
  DISTRICTS_ABOLISHED_ON,
  allowedParentLevels,
  isValidOn,
  placementIssues,
  validityIssues,
} from './authorities/authority-placement';
export type { Placement, Validity } from './authorities/authority-placement';

// Users and passwords
export { UsersService, assertPasswordAcceptable } from './users/users.service';
export type { CreateUserInput, Profile, UserListQuery } from './users/users.service';
export type { UserView } from './users/user-view';
export { USERNAME_PATTERN, USERNAME_RULE_MESSAGE, normaliseUsername } from './users/username';
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CHARACTER_CLASSES,
  PASSWORD_MIN_LENGTH,
  checkPassword,
} from './passwords/password-policy';
export type { PasswordIssue, PasswordProblem } from './passwords/password-policy';
export { generatePassword } from './passwords/generate-password';
export { LOCKOUT_POLICY, lockSecondsAfter } from './lockout/lockout-policy';

// Secrets
export {
  SECRETS_FILE,
  SecretsFileError,
  generateIdentityKeys,
  generateJwtSecret,
  resolveSecrets,
  withResolvedSecrets,
} from './secrets/resolve-secrets';
export type { ResolvedSecrets, SecretSource } from './secrets/resolve-secrets';

// Identity vault (encryption of denouncers' identities): owned by its own folder.
export * from './identity';
