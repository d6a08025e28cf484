import { useTranslations } from "next-intl";
import type { Actor } from "@/lib/auth/actor";
import { Badge } from "@/components/ui/badge";

export function RoleBadge({ role }: { role: Actor["role"] }) {
  const t = useTranslations("roles");
  return <Badge tone={role === "admin" ? "info" : role === "operator" ? "success" : "neutral"}>{t(role)}</Badge>;
}
