// GET|POST /api/auth/* – next-auth (credentials sign-in, session, sign-out), with the login throttle in front
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { rejectThrottledSignIn } from "@/lib/auth/credentials-gate";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: NextAuthContext) {
  const rejection = await rejectThrottledSignIn(req);
  if (rejection) return rejection;
  return NextAuth(getAuthOptions())(req, context) as Promise<Response>;
}

export { handler as GET, handler as POST };
