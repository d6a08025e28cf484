// POST /api/payments/links/{id}/email – "Send by e-mail": {to, locale} → the link and amount mailed through SMTP_URL
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { LOCALES } from "@/lib/i18n/config";
import { emailPaymentLink } from "@/lib/payments/email-payment-link";

const bodySchema = z.object({ to: z.email().max(254), locale: z.enum(LOCALES) }).strict();

export const POST = apiRoute<{ id: string }>("write", async ({ db, req, actor, params }) => {
  const body = await readJson(req, bodySchema);
  return emailPaymentLink({
    db,
    actor,
    linkId: params.id,
    to: body.to,
    locale: body.locale,
    publicUrl: getEnv().KOPRU_PUBLIC_URL ?? new URL(req.url).origin,
  });
});
