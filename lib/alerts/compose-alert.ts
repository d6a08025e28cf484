import { createTranslator } from "next-intl";
import type { Issue } from "@/db/schema";
import { getEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";
import { scrubSecrets } from "@/lib/issues/error-signature";
import { getProvider } from "@/lib/providers/registry";
import type { AlertMessage } from "./send-alert";

const DIGEST_LIST = 10;

type AlertTexts = { alertMessages: Record<string, string>; issueKinds: Record<string, string> };

export type AlertIssue = Pick<
  Issue,
  "id" | "integrationId" | "kind" | "operation" | "message" | "count" | "firstSeenAt" | "lastSeenAt"
>;
export type AlertStreak = { integrationId: string; count: number; error: string | null };

export const integrationName = (id: string) => getProvider(id)?.displayName ?? id;

/** Links point at the console; KOPRU_PUBLIC_URL (or NEXTAUTH_URL) says where it is. */
export function consoleUrl(path: string): string {
  const env = getEnv();
  const base = (env.KOPRU_PUBLIC_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${path}`;
}

/** Writes alert messages in the merchant's language; every text a message carries was scrubbed of secrets. */
export async function createAlertWriter(locale: Locale) {
  const messages = (await loadMessages(locale)) as AlertTexts;
  const t = createTranslator({ locale, messages, namespace: "alertMessages" });
  const kinds = createTranslator({ locale, messages, namespace: "issueKinds" });
  const when = new Intl.DateTimeFormat(locale === "tr" ? "tr-TR" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Istanbul",
  });
  const what = (issue: AlertIssue) => kinds(issue.kind, { operation: issue.operation });
  const describe = (issue: AlertIssue) =>
    [
      t("issueLine", { what: what(issue), message: scrubSecrets(issue.message) }),
      t("howOften", { count: issue.count, first: when.format(issue.firstSeenAt), last: when.format(issue.lastSeenAt) }),
      t("open", { url: consoleUrl(`/issues/${issue.id}`) }),
    ].join("\n");
  const streakLine = (streak: AlertStreak) =>
    t("streak", {
      integration: integrationName(streak.integrationId),
      count: streak.count,
      error: scrubSecrets(streak.error ?? "–"),
    });

  return {
    /** One message for one integration: its new issues and, if it has one, its failure streak. */
    forIntegration(integrationId: string, issues: AlertIssue[], streak?: AlertStreak): AlertMessage {
      const integration = integrationName(integrationId);
      const subject =
        issues.length === 1
          ? t("subjectOne", { integration, what: what(issues[0]!), count: issues[0]!.count })
          : issues.length > 1
            ? t("subjectMany", { integration, count: issues.length })
            : streakLine(streak!);
      const body = [
        t("intro", { integration }),
        ...(streak ? [streakLine(streak)] : []),
        ...issues.map(describe),
        t("footer"),
      ];
      return { subject: `${subject}`.slice(0, 200), text: body.join("\n\n") };
    },
    /** Many issues at once: one digest instead of a flood. */
    digest(issues: AlertIssue[], streaks: AlertStreak[]): AlertMessage {
      const listed = issues.slice(0, DIGEST_LIST);
      const body = [
        t("introDigest"),
        ...streaks.map(streakLine),
        ...listed.map((issue) => `${integrationName(issue.integrationId)} · ${describe(issue)}`),
        ...(issues.length > listed.length ? [t("more", { count: issues.length - listed.length })] : []),
        t("openAll", { url: consoleUrl("/issues") }),
        t("footer"),
      ];
      return { subject: t("subjectDigest", { count: issues.length + streaks.length }), text: body.join("\n\n") };
    },
    test(actor: string): AlertMessage {
      return { subject: t("subjectTest"), text: [t("test", { actor }), t("footer")].join("\n\n") };
    },
  };
}
