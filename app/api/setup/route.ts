// POST /api/setup – creates the first admin; answers 403 once any user exists
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/http/api-route";
import { completeSetup } from "@/lib/users/first-admin";

export async function POST(req: Request) {
  try {
    const body: unknown = await req.json().catch(() => ({}));
    const admin = await completeSetup({ input: body, ip: clientIp(req.headers) });
    return NextResponse.json(admin, { status: 201 });
  } catch (error) {
    return errorResponse(error, req);
  }
}
