import type { TestProject } from 'vitest/node';
import { type StackInfo, startStack } from './local-stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

/** Integration tests run against one local stack, started and stopped by the test run itself. */
export default async function setup(project: TestProject) {
  const stack = await startStack();
  project.provide('stack', {
    urls: stack.urls,
    stateMachineArn: stack.stateMachineArn,
    tableName: stack.tableName,
  });
  return async () => {
    const code = await stack.stop();
    if (code !== 0) throw new Error(`the local stack stopped with exit code ${code}:\n${stack.output()}`);
  };
}
