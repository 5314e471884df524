export { loadEvalSets, parseEvalSet, evalItemSchema, expectationSchema, type EvalItem, type Expectation, type ExpectationKind } from './eval-set';
export { registerCheck, registeredChecks, describeIntent, declined, type Check, type Checks, type Verdict } from './checks';
export { runEvaluation, type EvalOptions, type EvalReport, type ItemResult, type Tally, type UnderstandFn } from './run-eval';
export { formatReport } from './format-report';
export { phrasingLookup } from './phrasing-lookup';
