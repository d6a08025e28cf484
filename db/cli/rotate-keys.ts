// `npm run keys:rotate`: re-encrypts every stored secret under KOPRU_ENCRYPTION_KEY (and upgrades v1 values to v2).
// Put the old key in KOPRU_ENCRYPTION_KEYS_PREVIOUS first; remove it once this has run.
import { rotateSecrets } from "@/lib/credentials/rotate-secrets";
import { getKeyring } from "@/lib/credentials/keyring";
import { getDbHandle } from "../client";

const handle = await getDbHandle();
const result = await rotateSecrets({ db: handle.db, keyring: getKeyring() });
console.log(`re-encrypted ${result.rotated} stored secret(s); ${result.skipped} already on the current key and format`);
await handle.close();
