// Machine description for the results file, and memory figures of other processes
// read from /proc (Linux).

import { readFileSync } from 'node:fs';
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
