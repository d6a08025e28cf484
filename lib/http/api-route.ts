import { NextResponse } from "next/server";
import { z } from "zod";
import { assertCanWrite, type Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { getDb, type Db } from "@/db/client";
import { AppError } from "@/lib/errors";

/** `read` needs any signed-in user or token, `write` an admin. */
export type Access = "read" | "write";

type Context<P> = { req: Request; params: P; actor: Actor; db: Db };

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers =
      error.code === "rate_limited" && error.details?.retryAfterSeconds
        ? { "Retry-After": String(error.details.retryAfterSeconds) }
        : undefined;
    return NextResponse.json(
      { error: error.code, message: error.message, ...error.details },
      { status: error.status, headers },
    );
  }
  if (error instanceof z.ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
    return NextResponse.json({ error: "invalid_input", message, issues }, { status: 400 });
  }
  console.error("[köprü] unhandled route error", error);
  return NextResponse.json({ error: "internal", message: "Something went wrong on our side" }, { status: 500 });
}

/** Wraps a route handler: authenticates, authorizes, hands it the database, runs it, and maps errors to statuses. */
export function apiRoute<P = Record<string, never>>(
  access: Access,
  handler: (context: Context<P>) => Promise<unknown>,
) {
  return async (req: Request, routeContext: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await getActor(req.headers);
      if (!actor) throw new AppError("unauthorized", "Sign in or send an API token (Authorization: Bearer …)");
      if (access === "write") assertCanWrite(actor);
      const result = await handler({ req, params: await routeContext.params, actor, db: await getDb() });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body and validates it; malformed JSON is a 400 like any other bad input. An empty body reads as `{}`. */
export async function readJson<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  const text = await req.text();
  let body: unknown = {};
  try {
    if (text.trim()) body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body must be valid JSON");
  }
  return schema.parse(body);
}
