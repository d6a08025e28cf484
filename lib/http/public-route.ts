import { NextResponse } from "next/server";
import { getDb, type Db } from "@/db/client";
import { errorResponse } from "./api-route";

type Context<P> = { req: Request; params: P; db: Db };

/**
 * `apiRoute` for routes anyone may call (the pay page's state, payment providers' callbacks, metrics with their own
 * token check): no sign-in, the database handed in, errors answered the same way. Authorization, where there is
 * any, is the handler's own.
 */
export function publicRoute<P = Record<string, never>>(handler: (context: Context<P>) => Promise<unknown>) {
  return async (req: Request, routeContext?: { params: Promise<P> }): Promise<Response> => {
    try {
      const params = ((await routeContext?.params) ?? {}) as P;
      const result = await handler({ req, params, db: await getDb() });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error, req);
    }
  };
}
