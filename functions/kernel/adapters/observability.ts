import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { redactPersonalData } from './log-redaction';

/**
 * Powertools for every function; service name and namespace come from the environment CDK sets.
 * Every log line passes through the redaction of personal data.
 */
export const logger = new Logger({ jsonReplacerFn: redactPersonalData });
export const tracer = new Tracer();

/**
 * Metrics warn through our logger, except for an invocation that recorded no metric: that is
 * the normal case for read-only routes, and would otherwise put a warning in every log stream.
 */
export const metrics = new Metrics({
  logger: {
    debug: (message: string) => logger.debug(message),
    info: (message: string) => logger.info(message),
    error: (message: string) => logger.error(message),
    warn: (message: string) => {
      if (!message.startsWith('No application metrics to publish')) logger.warn(message);
    },
  },
});
