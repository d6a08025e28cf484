// GET /api/audit – the audit log, newest first, filterable (admins only)
import { getDb } from "@/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { auditFilterSchema, listAudit } from "@/lib/audit/list-audit";

export const GET = apiRoute("write", async ({ req }) => {
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return listAudit({ db: await getDb(), filter });
});
