import { describe, expect, it } from 'vitest';
import { mfaClaims } from '#accounts/triggers/pre-token-generation';

describe('the sign-in trigger', () => {
  it('adds the mfa claim only for a user with TOTP enabled', () => {
    expect(mfaClaims(['SOFTWARE_TOKEN_MFA'])).toEqual({ mfa: 'TOTP' });
    expect(mfaClaims(['SMS_MFA'])).toEqual({});
    expect(mfaClaims([])).toEqual({});
    expect(mfaClaims(undefined)).toEqual({});
  });
});
