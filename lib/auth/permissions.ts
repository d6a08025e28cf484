/**
 * Who may do what: one ladder (viewer < operator < admin) used by the API, the pages and the buttons.
 * - read: look at everything except credentials, users, tokens, alert settings and the audit log.
 * - operate: run syncs, retries, replays, test deliveries, held-webhook processing, issue and order actions.
 * - admin: credentials and integration settings, users, API tokens, alert settings, the audit log.
 * Client-safe: no server imports, so components use the same predicates as the routes.
 */
export const ROLES = ["admin", "operator", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** What a route needs, and what an API token may do (its scope). */
export const ACCESS_LEVELS = ["read", "operate", "admin"] as const;
export type Access = (typeof ACCESS_LEVELS)[number];
export type TokenScope = Access;

const RANK: Record<Access, number> = { read: 0, operate: 1, admin: 2 };
const ROLE_ACCESS: Record<Role, Access> = { viewer: "read", operator: "operate", admin: "admin" };

/** Anything with a role, and for API tokens the token's scope, which can only narrow the role. */
export type Permissioned = { role: Role; scope?: TokenScope | null };

export const accessOfRole = (role: Role): Access => ROLE_ACCESS[role];

/** The lower of two access levels. */
export const lowerAccess = (a: Access, b: Access): Access => (RANK[a] <= RANK[b] ? a : b);

export const accessCovers = (held: Access, needed: Access): boolean => RANK[held] >= RANK[needed];

/** What the actor may do now: its role, narrowed by a token's scope. */
export function effectiveAccess(actor: Permissioned): Access {
  const fromRole = accessOfRole(actor.role);
  return actor.scope ? lowerAccess(fromRole, actor.scope) : fromRole;
}

export const can = (actor: Permissioned, needed: Access): boolean => accessCovers(effectiveAccess(actor), needed);

/** Runs syncs, retries, replays, tests and order actions. */
export const canOperate = (actor: Permissioned): boolean => can(actor, "operate");

/** Sees and changes credentials and settings, users, tokens and alert settings. */
export const canAdminister = (actor: Permissioned): boolean => can(actor, "admin");

/** The token scopes an actor may hand out: never more than it holds itself. */
export const grantableScopes = (actor: Permissioned): TokenScope[] =>
  ACCESS_LEVELS.filter((scope) => accessCovers(effectiveAccess(actor), scope));
