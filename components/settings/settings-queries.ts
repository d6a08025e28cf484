import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/components/api/fetch-json";
import type { Actor } from "@/lib/auth/actor";
import type { TokenScope } from "@/lib/auth/permissions";

/** A user as GET /api/users answers it (dates as ISO strings). */
export type UserRow = {
  id: number;
  email: string;
  name: string | null;
  role: Actor["role"];
  isDisabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

/** An API token as GET /api/tokens answers it; the token itself is never listed, only its prefix. */
export type TokenRow = {
  id: number;
  name: string;
  prefix: string;
  scope: TokenScope;
  expiresAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  ownerEmail: string;
};

export const ROLES = ["admin", "operator", "viewer"] as const satisfies readonly Actor["role"][];

export const usersQuery = () =>
  queryOptions({
    queryKey: ["users"],
    queryFn: async () => (await fetchJson<{ users: UserRow[] }>("/api/users")).users,
  });

export const tokensQuery = () =>
  queryOptions({
    queryKey: ["tokens"],
    queryFn: async () => (await fetchJson<{ tokens: TokenRow[] }>("/api/tokens")).tokens,
  });
