// Machine description for the results file, and memory figures of other processes
// read from /proc (Linux).

import { readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';

export function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString(),
    // Other work on the machine shows up in every figure: worth knowing when comparing runs.
    loadAverageAtStart: os.loadavg()[0],
  };
}

export const loadAverage = () => os.loadavg()[0];

/** VmHWM (peak resident set) and VmRSS of a live process, in MB; null where /proc is missing. */
export function memoryOf(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kB = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMB: kB('VmHWM') / 1024, rssMB: kB('VmRSS') / 1024 };
}

/**
 * CPU time a live process has used so far, in ms, all its threads (the garbage
 * collector's included), from the scheduler's nanosecond counts in
 * /proc/<pid>/task/<tid>/schedstat; null where they are missing. Unlike a latency, it
 * does not grow when other work on the machine delays the process.
 */
export function cpuTimeOf(pid) {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // A thread that ended meanwhile: its time is no longer counted anywhere.
      }
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}
