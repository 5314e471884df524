// @ts-check
/**
 * Where a test run's time goes, per file, on a machine whose load makes wall times meaningless: the suite's node
 * environment (test/jest/node-environment.js) plus one line per test file with the CPU its worker spent on the file
 * and the CPU of the child processes the file started and waited for (from /proc, so Linux only). Not in
 * jest.config.js; for a measuring run:
 *
 *   JEST_CPU_LOG=/tmp/cpu.log npx jest --testEnvironment ./test/jest/cpu-environment.js
 *
 * then sort /tmp/cpu.log by `cpu + children` (docs/performance.md § Tests).
 */
const { appendFileSync, readFileSync } = require('node:fs');
const TestEnvironment = require('./node-environment');

/** CPU ms of this process's reaped children (cutime + cstime, in clock ticks of 10 ms). */
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/**
 * ms the worker's main thread waited, runnable, for a core (the second field of /proc/thread-self/schedstat, in ns;
 * 0 where the kernel does not keep it). Wall − CPU − this wait is the time the worker slept on something other than
 * the machine's load (its children, timers, sockets, disk): the gap a worker beyond the cores could fill.
 */
function runnableWaitMs() {
  try {
    return Math.round(Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6);
  } catch {
    return 0; // not Linux, or no scheduler statistics: the field is left at 0
  }
}

class CpuEnvironment extends TestEnvironment {
  /**
   * @param {import('@jest/environment').JestEnvironmentConfig} config
   * @param {import('@jest/environment').EnvironmentContext} context
   */
  constructor(config, context) {
    super(config, context);
    this.file = context.testPath;
    this.cpu = process.cpuUsage();
    this.children = childrenCpuMs();
    this.runnable = runnableWaitMs();
    this.started = Date.now();
  }

  async teardown() {
    const cpu = process.cpuUsage(this.cpu);
    const memory = process.memoryUsage();
    const line = { file: this.file, cpu: Math.round((cpu.user + cpu.system) / 1000), children: childrenCpuMs() - this.children, runnableWait: runnableWaitMs() - this.runnable, wall: Date.now() - this.started, heapMB: Math.round(memory.heapUsed / 1e6), rssMB: Math.round(memory.rss / 1e6) };
    appendFileSync(process.env['JEST_CPU_LOG'] ?? 'jest-cpu.log', JSON.stringify(line) + '\n');
    await super.teardown();
  }
}

module.exports = CpuEnvironment;
