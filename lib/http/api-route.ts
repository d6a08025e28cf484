import { NextResponse } from "next/server";
import { z } from "zod";
import { assertAccess, assertPasswordSet, type Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { getDb, type Db } from "@/db/client";
import type { Access } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { localizeError } from "@/lib/i18n/localize-error";
import { localeFromHeaders } from "@/lib/i18n/request-locale";
import { JSON_BODY, assertSameOriginWrite } from "./same-origin";

/** What a route needs: `read` any signed-in user or token, `operate` an operator or admin, `admin` an admin. */
export type { Access } from "@/lib/auth/permissions";

type Context<P> = { req: Request; params: P; actor: Actor; db: Db };

/** Maps any error to our JSON error answer, every sentence in the reader's language (cookie, then Accept-Language). */
export async function errorResponse(error: unknown, req?: Request): Promise<Response> {
  const locale = req ? localeFromHeaders(req.headers) : DEFAULT_LOCALE;
  if (error instanceof AppError || error instanceof z.ZodError) {
    const { status, body } = await localizeError(error, locale);
    const retryAfter = error instanceof AppError && error.code === "rate_limited" && error.details?.retryAfterSeconds;
    return NextResponse.json(body, { status, headers: retryAfter ? { "Retry-After": String(retryAfter) } : undefined });
  }
  console.error("[köprü] unhandled route error", error);
  const { body } = await localizeError(new AppError("internal", "Something went wrong on our side"), locale);
  return NextResponse.json(body, { status: 500 });
}

/**
 * Wraps a route handler: authenticates, authorizes, hands it the database, runs it, and maps errors to statuses.
 * A user still on a temporary password reaches only routes marked `whilePasswordPending` (setting their own).
 */
export function apiRoute<P = Record<string, never>>(
  access: Access,
  handler: (context: Context<P>) => Promise<unknown>,
  /** `bodyTypes`: what a cookie-authenticated write may send (JSON unless the route takes uploads). */
  options: { whilePasswordPending?: boolean; bodyTypes?: readonly string[] } = {},
) {
  return async (req: Request, routeContext: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await getActor(req.headers);
      if (!actor)
        throw new AppError("unauthorized", "Sign in or send an API token (Authorization: Bearer …)", {
          messageKey: "errors.sign_in_required",
        });
      assertSameOriginWrite(req, actor, options.bodyTypes ?? JSON_BODY);
      if (!options.whilePasswordPending) assertPasswordSet(actor);
      assertAccess(actor, access);
      const result = await handler({ req, params: await routeContext.params, actor, db: await getDb() });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error, req);
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
    throw new AppError("invalid_input", "The request body must be valid JSON", { messageKey: "validation.json_body" });
  }
  return schema.parse(body);
}
