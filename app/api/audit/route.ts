// GET /api/audit – the audit log, newest first, filterable (admins only)
import { apiRoute } from "@/lib/http/api-route";
import { auditFilterSchema, listAudit } from "@/lib/audit/list-audit";

export const GET = apiRoute("admin", async ({ db, req }) => {
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return listAudit({ db: db, filter });
});
