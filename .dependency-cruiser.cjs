/**
 * The boundaries of functions/ (docs/architecture.md explains them): `npm run lint:boundaries`.
 * Each rule's comment is the sentence docs/architecture.md lists; a unit test keeps the two equal.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No module imports itself through others: no import cycles, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      comment:
        'A domain module imports no adapter, no AWS SDK, nothing from api, steps, jobs, triggers or the HTTP wrapper, nothing from infra.',
      severity: 'error',
      from: { path: '^functions/[^/]+/domain/' },
      to: {
        path: [
          '^functions/[^/]+/(adapters|api|steps|jobs|triggers|http)/',
          '^infra/',
          '(^|/)node_modules/@aws-sdk/',
          '(^|/)node_modules/@aws-lambda-powertools/',
        ],
      },
    },
    {
      name: 'production-is-not-local',
      comment: 'Production code (functions/) imports nothing from the local stack (infra/local/).',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^infra/local/' },
    },
    {
      name: 'slices-meet-at-their-public-module',
      comment:
        "A slice reaches another slice only through that slice's public module (its index.ts); the kernel is open to all, and only app/ (the composition) reaches inside slices.",
      severity: 'error',
      from: { path: '^functions/([^/]+)/', pathNot: '^functions/app/' },
      to: {
        path: '^functions/([^/]+)/',
        pathNot: ['^functions/$1/', '^functions/kernel/', '^functions/[^/]+/index\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
