"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      isPending={isPending}
      onClick={() => {
        setIsPending(true);
        void signOut({ callbackUrl: "/login" });
      }}
    >
      {t("signOut")}
    </Button>
  );
}
