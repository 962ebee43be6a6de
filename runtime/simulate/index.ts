/**
 * Scenario simulation: will the contract hold? A seeded discrete-event simulator of a contract's scenario
 * (runtime/simulate/engine.ts), Monte Carlo over replications on worker threads, verdicts per objective,
 * penalties, staffing advice and an HTML report. See docs/simulation.md. The worker threads' script
 * (worker.ts) is not exported here: it is bundled on its own, and the host passes its path to `simulate`.
 */
export { simulate, simulateSync, simulateOnce, DEFAULT_RUNS, DEFAULT_SEED, type SimulateOptions } from './simulate.js';
export { staffingAdvice, type StaffingAdvice, type StaffingOptions } from './staffing.js';
export { simulationReportHtml, simulationReportText, simulationReportWebviewHtml, type ReportOptions } from './report.js';
export { SimulationError, compile as compileScenario, findScenario, type SimModel } from './model.js';
export { REALISTIC, UNREALISTIC, verdictOf, type CategoryResult, type ObjectiveResult, type SimulationResults, type Verdict } from './results.js';
export { type SimEvent } from './engine.js';
export { erlangC, type ErlangC } from './erlang.js';
export { coreTimes, type CoreTimes } from './idle-cores.js';
