import { getDb } from "@/db/client";
import { countUsers } from "./manage-users";

/** First-run setup stays open until the first user exists; after that /setup sends people to /login. */
export async function isSetupOpen(): Promise<boolean> {
  return (await countUsers({ db: await getDb() })) === 0;
}
