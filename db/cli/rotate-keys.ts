// `npm run keys:rotate`: re-encrypts every stored secret under KOPRU_ENCRYPTION_KEY.
// Put the old key in KOPRU_ENCRYPTION_KEYS_PREVIOUS first; remove it once this has run.
import { rotateSecrets } from "@/lib/credentials/rotate-secrets";
import { getKeyring } from "@/lib/credentials/keyring";
import { getDbHandle } from "../client";

const handle = await getDbHandle();
const result = await rotateSecrets({ db: handle.db, keyring: getKeyring() });
console.log(`re-encrypted ${result.rotated} integration(s); ${result.skipped} already on the current key`);
await handle.close();
