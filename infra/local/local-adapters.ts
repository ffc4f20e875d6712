import { localSigner } from './local-signer';

/**
 * What the functions' environment names as the signing key and the user pool locally: stand-ins
 * only, for the local stack puts adapters of its own in place of KMS and Cognito (below).
 */
export const LOCAL_STANDINS = {
  signingKey: 'local-stack-signing-key',
  userPool: 'local-stack-user-pool',
} as const;

/**
 * Signs with the local stack's own key (kept in its table) where functions use KMS in AWS. Call it
 * once the environment is set: the adapters read it as they load, as in Lambda.
 */
export async function useLocalSigner(): Promise<void> {
  const { useSigner } = await import('#documents/adapters/document-signer');
  const { tableKeyStore } = await import('./local-signing-key');
  useSigner(localSigner(tableKeyStore));
}

/** Manages accounts in the local stack's own sign-in where functions use Cognito in AWS; as above, once the environment is set. */
export async function useLocalIdentity(): Promise<void> {
  const { useIdentityProvider } = await import('#accounts/adapters/identity-provider');
  const { localIdentity } = await import('./local-identity');
  useIdentityProvider(localIdentity());
}
