import { IpAllowlistEditor } from "./ip-allowlist-editor";
import { TestWebhookPanel } from "./test-webhook-panel";

/** The webhook tools under the webhook URL: send a test event, and restrict senders by address. */
export function WebhookTools({ id, canEdit }: { id: string; canEdit: boolean }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <TestWebhookPanel id={id} canEdit={canEdit} />
      <IpAllowlistEditor id={id} canEdit={canEdit} />
    </div>
  );
}
