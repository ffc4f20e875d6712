import { requireEnv } from '#kernel/adapters/env';
import { LOCAL_SIGNING_KEY, RESOURCE_ENV } from '#kernel/resources';
import { kmsSigner } from './kms-signer';
import { localSigner } from './local-signer';
import { tableKeyStore } from './local-signing-key';

const keyId = requireEnv(RESOURCE_ENV.signing);

/** The agency's signing key: KMS in AWS, the local stack's own key when it says `local`. */
export const documentSigner = keyId === LOCAL_SIGNING_KEY ? localSigner(tableKeyStore) : kmsSigner(keyId);
