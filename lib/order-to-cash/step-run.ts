import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderStepRuns, type OrderStepRun } from "@/db/schema";
import { AppError, ProviderError } from "@/lib/errors";
import { redactRequest } from "./redact";

/** How long one attempt may hold a step before another may take over (a crashed attempt's lease runs out). */
const LEASE_MS = 5 * 60_000;

export type StepWork = { reference: string | null; request?: unknown };
export type StepRunOutcome =
  | { outcome: "succeeded"; run: OrderStepRun }
  | { outcome: "existing"; run: OrderStepRun }
  | { outcome: "in_progress"; run: OrderStepRun };

/** A failed step's error as stored: our code and params, our English sentence, the provider's words apart. */
export function describeStepError(error: unknown) {
  if (error instanceof AppError) {
    const details = error.details ?? {};
    return {
      errorCode: typeof details.messageKey === "string" ? details.messageKey : `errors.${error.code}`,
      errorParams: (details.params as Record<string, string | number> | undefined) ?? null,
      errorMessage: error.message,
      providerMessage: typeof details.providerMessage === "string" ? details.providerMessage : null,
    };
  }
  if (error instanceof ProviderError) {
    return {
      errorCode: error.messageKey ?? `errors.provider_${error.kind}`,
      errorParams: error.params ?? null,
      errorMessage: error.message,
      providerMessage: error.providerMessage ?? null,
    };
  }
  return {
    errorCode: "errors.internal",
    errorParams: null,
    errorMessage: error instanceof Error ? error.message : String(error),
    providerMessage: null,
  };
}

/**
 * Runs one order step at most once to success: the (order, step) row is claimed with a lease before `work` talks to
 * any provider, a step that already succeeded is returned as `existing` without calling anything, and a failure is
 * recorded (code, params, the provider's words, the request it sent) and rethrown. `record` stores the request before
 * it is sent, so a failed attempt still shows what it tried.
 */
export async function runOrderStep(options: {
  db: Db;
  orderId: number;
  step: string;
  trigger: string;
  now?: Date;
  work: (record: (request: unknown) => Promise<void>) => Promise<StepWork>;
}): Promise<StepRunOutcome> {
  const { db, orderId, step } = options;
  const now = options.now ?? new Date();
  const where = and(eq(orderStepRuns.orderId, orderId), eq(orderStepRuns.step, step));
  await db
    .insert(orderStepRuns)
    .values({ orderId, step, status: "pending", trigger: options.trigger, startedAt: now })
    .onConflictDoNothing({ target: [orderStepRuns.orderId, orderStepRuns.step] });
  const [claimed] = await db
    .update(orderStepRuns)
    .set({
      status: "running",
      attempts: sql`${orderStepRuns.attempts} + 1`,
      trigger: options.trigger,
      leaseUntil: new Date(now.getTime() + LEASE_MS),
      startedAt: now,
      finishedAt: null,
    })
    .where(
      and(
        where,
        or(
          inArray(orderStepRuns.status, ["pending", "failed"]),
          and(
            eq(orderStepRuns.status, "running"),
            or(isNull(orderStepRuns.leaseUntil), lt(orderStepRuns.leaseUntil, now)),
          ),
        ),
      ),
    )
    .returning();
  if (!claimed) {
    const [current] = await db.select().from(orderStepRuns).where(where).limit(1);
    return { outcome: current!.status === "succeeded" ? "existing" : "in_progress", run: current! };
  }
  const record = async (request: unknown) => {
    await db
      .update(orderStepRuns)
      .set({ request: redactRequest(request) ?? null })
      .where(eq(orderStepRuns.id, claimed.id));
  };
  try {
    const done = await options.work(record);
    const [run] = await db
      .update(orderStepRuns)
      .set({
        status: "succeeded",
        reference: done.reference,
        ...(done.request !== undefined ? { request: redactRequest(done.request) ?? null } : {}),
        errorCode: null,
        errorParams: null,
        errorMessage: null,
        providerMessage: null,
        leaseUntil: null,
        finishedAt: new Date(),
      })
      .where(eq(orderStepRuns.id, claimed.id))
      .returning();
    return { outcome: "succeeded", run: run! };
  } catch (error) {
    await db
      .update(orderStepRuns)
      .set({ status: "failed", ...describeStepError(error), leaseUntil: null, finishedAt: new Date() })
      .where(eq(orderStepRuns.id, claimed.id));
    throw error;
  }
}

/** Records a step Köprü observed rather than performed (delivered, accounting posted, found done); idempotent. */
export async function recordObservedStep(options: {
  db: Db;
  orderId: number;
  step: string;
  reference: string | null;
  at: Date;
}): Promise<void> {
  await options.db
    .insert(orderStepRuns)
    .values({
      orderId: options.orderId,
      step: options.step,
      status: "succeeded",
      attempts: 1,
      trigger: "observed",
      reference: options.reference,
      startedAt: options.at,
      finishedAt: options.at,
    })
    .onConflictDoUpdate({
      target: [orderStepRuns.orderId, orderStepRuns.step],
      // What the records show done is done, even if an earlier attempt of ours failed (it got through after all).
      set: {
        status: "succeeded",
        reference: options.reference,
        errorCode: null,
        errorParams: null,
        errorMessage: null,
        providerMessage: null,
        finishedAt: options.at,
      },
      setWhere: sql`${orderStepRuns.status} in ('pending', 'failed')`,
    });
}

/** Reads an order's step runs, one per step. */
export async function listStepRuns(db: Db, orderId: number): Promise<Map<string, OrderStepRun>> {
  const rows = await db.select().from(orderStepRuns).where(eq(orderStepRuns.orderId, orderId));
  return new Map(rows.map((row) => [row.step, row]));
}
