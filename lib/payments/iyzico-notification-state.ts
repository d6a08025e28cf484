import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { integrations, paymentProviderState } from "@/db/schema";
import { forgetWebhookIntegration } from "@/lib/webhooks/webhook-integration-cache";

export type IyzicoNotificationState = {
  signedSeenAt: Date | null;
  lastUnsignedAt: Date | null;
  isSignatureRequired: boolean;
};

export async function getIyzicoNotificationState(db: Db): Promise<IyzicoNotificationState> {
  const [[state], [integration]] = await Promise.all([
    db.select().from(paymentProviderState).where(eq(paymentProviderState.provider, "iyzico")).limit(1),
    db.select({ settings: integrations.settings }).from(integrations).where(eq(integrations.id, "iyzico")).limit(1),
  ]);
  return {
    signedSeenAt: state?.signedNotificationSeenAt ?? null,
    lastUnsignedAt: state?.lastUnsignedNotificationAt ?? null,
    isSignatureRequired: integration?.settings.signed_notifications === "required",
  };
}

/**
 * From now on unsigned iyzico notifications are refused (401). Called on the first signed notification, or by the
 * admin once iyzico confirms signing is enabled. Idempotent.
 */
export async function requireSignedIyzicoNotifications(options: { db: Db; signedSeenAt?: Date }): Promise<void> {
  const { db } = options;
  await db
    .update(integrations)
    .set({
      settings: sql`${integrations.settings} || '{"signed_notifications":"required"}'::jsonb`,
      updatedAt: new Date(),
    })
    .where(eq(integrations.id, "iyzico"));
  await db
    .insert(paymentProviderState)
    .values({
      provider: "iyzico",
      requireSignedNotifications: true,
      signedNotificationSeenAt: options.signedSeenAt ?? null,
    })
    .onConflictDoUpdate({
      target: paymentProviderState.provider,
      set: {
        requireSignedNotifications: true,
        signedNotificationSeenAt: sql`coalesce(${paymentProviderState.signedNotificationSeenAt}, excluded.signed_notification_seen_at)`,
        updatedAt: new Date(),
      },
    });
  forgetWebhookIntegration("iyzico");
}

export async function noteUnsignedIyzicoNotification(db: Db, at = new Date()): Promise<void> {
  await db
    .insert(paymentProviderState)
    .values({ provider: "iyzico", lastUnsignedNotificationAt: at })
    .onConflictDoUpdate({
      target: paymentProviderState.provider,
      set: { lastUnsignedNotificationAt: at, updatedAt: at },
    });
}
