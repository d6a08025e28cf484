import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import type { UserRole } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { authenticatePassword } from "./authenticate-password";
import { getAuthSecret } from "./secret";

const DEFAULT_SESSION_HOURS = 12;

export function getAuthOptions(): NextAuthOptions {
  const maxAge = (getEnv().KOPRU_SESSION_HOURS ?? DEFAULT_SESSION_HOURS) * 3600;
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const result = await authenticatePassword({
            db: await getDb(),
            email: credentials.email,
            password: credentials.password,
            ip: clientIp(req.headers),
          });
          if (!result.ok) return null;
          return {
            id: String(result.user.id),
            email: result.user.email,
            name: result.user.name,
            role: result.user.role,
            passwordChangedAt: result.user.passwordChangedAt?.getTime() ?? 0,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = (user as { role?: UserRole }).role;
          token.pwdAt = (user as { passwordChangedAt?: number }).passwordChangedAt ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, role: token.role, pwdAt: token.pwdAt };
      },
    },
  };
}
