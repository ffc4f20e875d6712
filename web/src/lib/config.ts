/** A seeded account the local stack offers on its sign-in picker. */
export interface LocalAccount {
  readonly username: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly unit: string;
}

/**
 * What the portal learns at run time from /config.json, written beside the build: the local
 * stack serves it, and in AWS the CDK construct writes it next to the static files.
 */
export interface PortalConfig {
  readonly apiUrl: string;
  readonly agencyName: string;
  readonly auth:
    | { readonly kind: 'local'; readonly accounts: readonly LocalAccount[] }
    | { readonly kind: 'cognito'; readonly domain: string; readonly clientId: string };
}

let loaded: PortalConfig | undefined;

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  loaded = (await response.json()) as PortalConfig;
  return loaded;
}

export function config(): PortalConfig {
  if (!loaded) throw new Error('the portal configuration is not loaded yet');
  return loaded;
}
