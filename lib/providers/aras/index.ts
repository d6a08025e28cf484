import type { CargoAdapter } from "@/lib/providers/cargo";
import type { AdapterInput } from "@/lib/providers/types";
import { createArasClient, type ArasClient } from "./client";
import type { ArasCredentials } from "./config";
import { toArasOrder, toShipment, toTrackingEvents } from "./transform";

/**
 * Aras Kargo's public surface: what the registry imports. Aras has no push channel, so there is no webhook: status is
 * polled from the query service (`tracking_in`).
 */
export { arasProvider, type ArasCredentials } from "./config";
export { pieceBarcodes, toArasOrder, trackingUrl } from "./transform";

/** QueryType 9's parameter differs between clients (IntegrationCode or TrackingNumber, fact sheet [?]); chosen here. */
const MOVEMENTS_QUERY_KEY = "IntegrationCode";
/** A code nobody uses: the connection test only needs Aras to accept the login. */
const CONNECTION_TEST_CODE = "KOPRU-CONNECTION-TEST";

export function createArasCargo(input: AdapterInput<ArasCredentials>): CargoAdapter & { client: ArasClient } {
  const { credentials } = input;
  const client = createArasClient({
    orderUrl: credentials.base_url,
    queryUrl: credentials.query_url,
    username: credentials.username,
    password: credentials.password,
    queryUsername: credentials.query_username || credentials.username,
    queryPassword: credentials.query_password || credentials.password,
    customerCode: credentials.customer_code,
    fetch: input.fetch,
    sleep: input.sleep,
  });

  async function getShipment(integrationCode: string) {
    const [row] = await client.queryJson(1, { IntegrationCode: integrationCode });
    if (row?.KARGO_TAKIP_NO) return toShipment(integrationCode, row);
    // No waybill yet: the order service still knows the code if SetOrder went through.
    const echoed = await client.getOrderWithIntegrationCode(integrationCode);
    return echoed.length > 0 ? toShipment(integrationCode, undefined) : null;
  }

  return {
    client,
    async testConnection() {
      await client.getOrderWithIntegrationCode(CONNECTION_TEST_CODE);
      await client.queryJson(1, { IntegrationCode: CONNECTION_TEST_CODE });
    },
    async createShipment(shipment) {
      const existing = await getShipment(shipment.integrationCode);
      if (existing) return existing;
      await client.setOrder(toArasOrder(shipment));
      return toShipment(shipment.integrationCode, undefined);
    },
    getShipment,
    async cancelShipment(integrationCode) {
      // -1 (unknown code) after an earlier cancel is the idempotent case: the order is already gone.
      await client.cancelDispatch(integrationCode);
    },
    async track(integrationCode) {
      return toTrackingEvents(await client.queryJson(9, { [MOVEMENTS_QUERY_KEY]: integrationCode }));
    },
  };
}
