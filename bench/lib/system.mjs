// Machine description for the results file, and memory figures of other processes
// (the servers and the processes they start) read from /proc (Linux).

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
 * The live processes `pid` started, each with its arguments and memoryOf (Linux; none where
 * /proc is missing): the server's spelling processes, measured apart from it.
 */
export function childrenOf(pid) {
  let names;
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      // Fields after the command's name, which is in parentheses and may hold anything: state, parent.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(parent) !== pid || state === 'Z') return [];
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const memory = memoryOf(name);
      return memory ? [{ pid: Number(name), args, ...memory }] : [];
    } catch {
      return []; // ended meanwhile
    }
  });
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
