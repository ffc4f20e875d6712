import { test } from '@playwright/test';
import { kgbJourney } from './journeys';

test('an ASN files KGB with uploads, fixes a deficient document, answers the survey and downloads the signed letter', async ({
  browser,
}) => {
  await kgbJourney(browser, { phone: false, prefix: 'asn-' });
});
