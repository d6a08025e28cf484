// POST /api/setup – creates the first admin; answers 403 once any user exists (checked first); body ≤ 16 KB
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/http/client-ip";
import { errorResponse } from "@/lib/http/api-route";
import { completeSetup } from "@/lib/users/first-admin";

export async function POST(req: Request) {
  try {
    const admin = await completeSetup({ req, ip: clientIp(req.headers) });
    return NextResponse.json(admin, { status: 201 });
  } catch (error) {
    return errorResponse(error, req);
  }
}
