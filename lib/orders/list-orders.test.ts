import { expect, it } from "vitest";
import { integrations, orders } from "@/db/schema";
import { describeWithDatabase } from "@/db/testing";
import { listOrders } from "./list-orders";

const order = (packageId: string, orderedAt: string) => ({
  integrationId: "trendyol",
  remoteOrderNumber: packageId,
  packageId,
  status: "Created",
  totalKurus: 1000,
  lines: [],
  orderedAt: new Date(orderedAt),
  remoteUpdatedAt: new Date(orderedAt),
  raw: {},
});

describeWithDatabase("listOrders", (database) => {
  it("lists by order date, newest first, whatever order they were imported in, and pages without gaps", async () => {
    const { db } = database();
    await db.insert(integrations).values({ id: "trendyol", kind: "marketplace" });
    // Imported out of order: a late sync brings an older order after newer ones.
    await db
      .insert(orders)
      .values([
        order("P-2", "2026-03-02T10:00:00Z"),
        order("P-4", "2026-03-04T10:00:00Z"),
        order("P-1", "2026-03-01T10:00:00Z"),
        order("P-3a", "2026-03-03T10:00:00Z"),
        order("P-3b", "2026-03-03T10:00:00Z"),
      ]);

    const seen: string[] = [];
    let before: number | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listOrders({ db, filter: { limit: 2, before } });
      seen.push(...result.items.map((item) => item.packageId));
      if (result.nextBefore === null) break;
      before = result.nextBefore;
    }
    expect(seen).toEqual(["P-4", "P-3b", "P-3a", "P-2", "P-1"]);
  });
});
