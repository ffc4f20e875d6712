import { expect, test } from '@playwright/test';
import { kgbJourney } from './journeys';

test('on a 360 px phone, the ASN’s whole KGB journey works without sideways scrolling', async ({
  browser,
}) => {
  const { requestId } = await kgbJourney(browser, { phone: true, prefix: 'ponsel-' });
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
});
