import { IpAllowlistEditor } from "./ip-allowlist-editor";
import { TestWebhookPanel } from "./test-webhook-panel";

/** The webhook tools under the webhook URL: send a test event (operators), and restrict senders by address (admins). */
export function WebhookTools({ id, canTest, canConfigure }: { id: string; canTest: boolean; canConfigure: boolean }) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <TestWebhookPanel id={id} canEdit={canTest} />
      <IpAllowlistEditor id={id} canEdit={canConfigure} />
    </div>
  );
}
