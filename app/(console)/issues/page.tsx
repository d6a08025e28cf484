import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IssueList } from "@/components/issues/issue-list";
import { PageHeader } from "@/components/ui/page-header";
import { loadIntegrations } from "@/lib/integrations/load-for-page";
import { issueFilterSchema } from "@/lib/issues/list-issues";
import { loadIssues } from "@/lib/issues/load-for-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("issues"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function IssuesPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("issues");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );
  const parsed = issueFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : issueFilterSchema.parse({});
  const [{ issues }, integrations] = await Promise.all([loadIssues(filter), loadIntegrations()]);
  const names = Object.fromEntries([["system", t("system")], ...integrations.map((i) => [i.id, i.display_name])]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <IssueList
        issues={issues}
        names={names}
        integrations={integrations.map((integration) => ({ id: integration.id, name: integration.display_name }))}
      />
    </>
  );
}
