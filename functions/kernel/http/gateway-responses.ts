/**
 * What API Gateway itself answers when a request never reaches a function (no token, unknown
 * path, throttled…), in our error shape and in Bahasa Indonesia. CDK installs them as gateway
 * responses; the local gateway answers the same.
 */
export const GATEWAY_RESPONSES = {
  UNAUTHORIZED: { status: 401, code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' },
  EXPIRED_TOKEN: {
    status: 401,
    code: 'TOKEN_EXPIRED',
    message: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  },
  ACCESS_DENIED: {
    status: 403,
    code: 'ACCESS_DENIED',
    message: 'Anda tidak berwenang mengakses alamat ini.',
  },
  MISSING_AUTHENTICATION_TOKEN: { status: 404, code: 'ROUTE_NOT_FOUND', message: 'Alamat tidak ditemukan.' },
  THROTTLED: {
    status: 429,
    code: 'TOO_MANY_REQUESTS',
    message: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
  },
  REQUEST_TOO_LARGE: {
    status: 413,
    code: 'BODY_TOO_LARGE',
    message: 'Permintaan melebihi 10 MB. Berkas besar diunggah melalui alamat unggah (lihat /openapi.json).',
  },
  /** The function could not be invoked: among others, an event over Lambda's 6 MB (a file body over about 4 MB). */
  INTEGRATION_FAILURE: {
    status: 502,
    code: 'GATEWAY_ERROR',
    message:
      'Permintaan tidak dapat diteruskan ke layanan. Berkas lebih dari 4 MB diunggah melalui alamat unggah (lihat /openapi.json); selain itu, coba lagi.',
  },
  WAF_FILTERED: {
    status: 403,
    code: 'REQUEST_BLOCKED',
    message: 'Permintaan ditolak oleh pengaman layanan.',
  },
  DEFAULT_4XX: { status: undefined, code: 'BAD_REQUEST', message: 'Permintaan tidak dapat diproses.' },
  DEFAULT_5XX: {
    status: undefined,
    code: 'GATEWAY_ERROR',
    message: 'Layanan sedang mengalami gangguan. Silakan coba lagi.',
  },
} as const;

export type GatewayResponseType = keyof typeof GATEWAY_RESPONSES;

export function gatewayResponseBody(type: GatewayResponseType) {
  const { code, message } = GATEWAY_RESPONSES[type];
  return { error: { code, message } };
}
