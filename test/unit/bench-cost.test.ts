import { describe, expect, it } from 'vitest';
import { meter } from '#local/meter';
import { breakEvenRequestsPerYear, costLines, type RequestUsage, totalOf } from '../../bench/cost';
import { ALWAYS_ON, PRICES, type Price } from '../../bench/prices';

const usage: RequestUsage = {
  transitions: 25,
  lambdaRequests: 49,
  gbSeconds: 10,
  readUnits: 64,
  writeUnits: 1000,
  s3ClassA: 8,
  s3ClassB: 6,
  mails: 5,
  signatures: 1,
  apiRequests: 16,
  events: 6,
  logBytes: 1024 ** 3 / 10_000,
  traces: 17,
};

describe('the cost model (bench/cost.ts)', () => {
  it('prices each component of a request from the dated price table', () => {
    const lines = costLines(usage);
    const line = (name: string) => lines.find((each) => each.component === name)?.usd;
    expect(line('Step Functions transitions')).toBeCloseTo(25 * 0.000025, 12);
    expect(line('SES mail')).toBeCloseTo(5 * 0.0001, 12);
    expect(line('DynamoDB writes')).toBeCloseTo(1000 * 0.000000625, 12);
    expect(line('CloudWatch Logs ingestion')).toBeCloseTo(0.5 / 10_000, 12);
    expect(totalOf(lines)).toBeCloseTo(
      lines.reduce((sum, each) => sum + each.usd, 0),
      12,
    );
    expect(lines.map((each) => each.usd)).toEqual([...lines.map((each) => each.usd)].sort((a, b) => b - a));
  });

  it('dates every price, names its source, and says where the Jakarta price stands in', () => {
    const prices: readonly Price[] = [...Object.values(PRICES), ...Object.values(ALWAYS_ON)];
    for (const price of prices) {
      expect(price.source).toMatch(/^https:\/\/aws\.amazon\.com\//);
      expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (price.region !== 'ap-southeast-3') expect(price.note).toMatch(/Jakarta price not found/);
    }
  });

  it('finds the break-even volume where the fixed and variable costs meet the always-on pair', () => {
    expect(breakEvenRequestsPerYear(0.002)).toBeGreaterThan(0);
    expect(breakEvenRequestsPerYear(0.001)).toBeCloseTo(2 * breakEvenRequestsPerYear(0.002), 6);
  });
});

describe("the local stack's meter (infra/local/meter.ts)", () => {
  it('asks DynamoDB for its consumed capacity and adds what each answer reports', () => {
    meter.reset();
    const asked = meter.dynamodbRequest('DynamoDB_20120810.TransactWriteItems', '{"TransactItems":[]}');
    expect(JSON.parse(asked.body)).toEqual({ TransactItems: [], ReturnConsumedCapacity: 'TOTAL' });
    meter.dynamodbResponse(
      asked.operation,
      200,
      JSON.stringify({ ConsumedCapacity: [{ TableName: 't', CapacityUnits: 6, WriteCapacityUnits: 6 }] }),
    );
    meter.dynamodbResponse('GetItem', 200, JSON.stringify({ ConsumedCapacity: { CapacityUnits: 0.5 } }));
    meter.dynamodbResponse('GetItem', 200, '{}');
    expect(meter.dynamodbRequest('DynamoDB_20120810.DescribeTable', '{}').body).toBe('{}');
    const reading = meter.reading();
    expect(reading.dynamodb).toEqual({
      calls: { TransactWriteItems: 1, GetItem: 2 },
      readUnits: 0.5,
      writeUnits: 6,
      unreported: 1,
    });
  });

  it('counts S3 requests by price class and mails sent through SES', () => {
    meter.reset();
    meter.s3Request('PUT', '/layanan-uploads/a/b.pdf?X-Amz-Signature=1');
    meter.s3Request('GET', '/layanan-uploads?list-type=2');
    meter.s3Request('GET', '/layanan-archive/issued/x.pdf');
    meter.s3Request('HEAD', '/layanan-archive/issued/x.pdf');
    meter.sesRequest('POST', '/v2/email/outbound-emails');
    meter.sesRequest('GET', '/store');
    const reading = meter.reading();
    expect(reading.s3).toEqual({ classA: 2, classB: 2 });
    expect(reading.ses).toEqual({ mails: 1 });
  });
});
