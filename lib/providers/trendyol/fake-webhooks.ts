import { z } from "zod";
import { toWireJson } from "./fake-data";
import type { FakePackage } from "./fake-data";
import type { FakeContext, Route } from "./fake-server";
import { webhookSubscriptionBodySchema } from "./wire";

const MAX_WEBHOOKS = 15;
const FORBIDDEN_URL_WORDS = ["trendyol", "dolap", "localhost"];
/** Package statuses in the webhook's upper-case spelling. */
const webhookStatus = (status: string) => status.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

export type FakeWebhook = {
  id: string;
  createdDate: number;
  lastModifiedDate: number;
  url: string;
  username: string | null;
  password: string | null;
  apiKey: string | null;
  authenticationType: "BASIC_AUTHENTICATION" | "API_KEY";
  status: "ACTIVE" | "PASSIVE";
  subscribedStatuses: string[];
  failures: number;
};

/** Trendyol's webhook API and its sender: the package envelope, Basic or x-api-key, retries, then PASSIVE. */
export function createWebhookRoutes({ options, state, now, fail }: Omit<FakeContext, "touch">) {
  const retryMs = options.webhookRetryMs ?? 5 * 60 * 1000;
  const failuresUntilPassive = options.webhookFailuresUntilPassive ?? 13;
  const timers = new Set<NodeJS.Timeout>();
  let nextId = 1;

  function validate(body: unknown) {
    const parsed = webhookSubscriptionBodySchema.safeParse(body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error), "webhook.validation");
    const lower = parsed.data.url.toLowerCase();
    if (FORBIDDEN_URL_WORDS.some((word) => lower.includes(word)))
      return fail(400, "Webhook adresi Trendyol, Dolap veya Localhost içeremez", "webhook.url.invalid");
    const { authenticationType, username, password, apiKey } = parsed.data;
    if (authenticationType === "BASIC_AUTHENTICATION" && (!username || !password))
      return fail(400, "Basic kimlik doğrulama için kullanıcı adı ve şifre zorunludur", "webhook.auth.invalid");
    if (authenticationType === "API_KEY" && !apiKey)
      return fail(400, "API_KEY kimlik doğrulama için apiKey zorunludur", "webhook.auth.invalid");
    return parsed.data;
  }

  async function attempt(hook: FakeWebhook, pkg: FakePackage): Promise<void> {
    if (hook.status !== "ACTIVE") return;
    const body = toWireJson({ totalElements: 1, totalPages: 1, page: 0, size: 1, content: [pkg] });
    const auth: Record<string, string> =
      hook.authenticationType === "API_KEY"
        ? { "x-api-key": hook.apiKey ?? "" }
        : { Authorization: `Basic ${Buffer.from(`${hook.username}:${hook.password}`).toString("base64")}` };
    let status = 0;
    try {
      const response = await fetch(hook.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...auth },
        body,
        redirect: "manual",
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0;
    }
    state.deliveries.push({ url: hook.url, status, body });
    if (status >= 200 && status < 300) {
      hook.failures = 0;
      return;
    }
    hook.failures++;
    if (hook.failures >= failuresUntilPassive) {
      hook.status = "PASSIVE";
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      void attempt(hook, pkg);
    }, retryMs);
    timer.unref();
    timers.add(timer);
  }

  async function deliver(pkg: FakePackage): Promise<void> {
    const status = webhookStatus(pkg.status);
    const hooks = state.webhooks.filter(
      (hook) => hook.subscribedStatuses.length === 0 || hook.subscribedStatuses.includes(status),
    );
    // Each hook gets its own snapshot, as a later change must not rewrite a delivery in flight.
    const snapshot = structuredClone(pkg);
    await Promise.all(hooks.map((hook) => attempt(hook, snapshot)));
  }

  const seller = "([^/]+)";
  const base = `^/integration/webhook/sellers/${seller}/webhooks`;
  const find = (id: string | undefined) => state.webhooks.find((hook) => hook.id === id);
  const view = (hook: FakeWebhook) => ({
    id: hook.id,
    createdDate: hook.createdDate,
    lastModifiedDate: hook.lastModifiedDate,
    url: hook.url,
    username: hook.username,
    authenticationType: hook.authenticationType,
    status: hook.status,
    subscribedStatuses: hook.subscribedStatuses,
  });
  const routes: Route[] = [
    { method: "GET", pattern: new RegExp(`${base}$`), handle: () => ({ status: 200, body: state.webhooks.map(view) }) },
    {
      method: "POST",
      pattern: new RegExp(`${base}$`),
      handle: ({ body }) => {
        const data = validate(body);
        if ("status" in data) return data;
        if (state.webhooks.length >= MAX_WEBHOOKS)
          return fail(400, "Bir satıcı en fazla 15 webhook oluşturabilir", "webhook.limit");
        const hook: FakeWebhook = {
          id: `wh-${nextId++}`,
          createdDate: now(),
          lastModifiedDate: now(),
          url: data.url,
          username: data.username ?? null,
          password: data.password ?? null,
          apiKey: data.apiKey ?? null,
          authenticationType: data.authenticationType,
          status: "ACTIVE",
          subscribedStatuses: data.subscribedStatuses ?? [],
          failures: 0,
        };
        state.webhooks.push(hook);
        return { status: 200, body: { id: hook.id } };
      },
    },
    {
      method: "PUT",
      pattern: new RegExp(`${base}/([^/]+)$`),
      handle: ({ params: [id], body }) => {
        const hook = find(id);
        if (!hook) return fail(404, "Webhook bulunamadı", "webhook.not.found");
        const data = validate(body);
        if ("status" in data) return data;
        Object.assign(hook, {
          url: data.url,
          authenticationType: data.authenticationType,
          username: data.username ?? null,
          password: data.password ?? null,
          apiKey: data.apiKey ?? null,
          subscribedStatuses: data.subscribedStatuses ?? [],
          lastModifiedDate: now(),
        });
        return { status: 200 };
      },
    },
    ...(["activate", "deactivate"] as const).map((action): Route => ({
      method: "PUT",
      pattern: new RegExp(`${base}/([^/]+)/${action}$`),
      handle: ({ params: [id] }) => {
        const hook = find(id);
        if (!hook) return fail(404, "Webhook bulunamadı", "webhook.not.found");
        Object.assign(hook, {
          status: action === "activate" ? "ACTIVE" : "PASSIVE",
          failures: 0,
          lastModifiedDate: now(),
        });
        return { status: 200 };
      },
    })),
    {
      method: "DELETE",
      pattern: new RegExp(`${base}/([^/]+)$`),
      handle: ({ params: [id] }) => {
        const index = state.webhooks.findIndex((hook) => hook.id === id);
        if (index < 0) return fail(404, "Webhook bulunamadı", "webhook.not.found");
        state.webhooks.splice(index, 1);
        return { status: 200 };
      },
    },
  ];
  return {
    routes,
    deliver,
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
