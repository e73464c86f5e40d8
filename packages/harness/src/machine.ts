// The machine a run happened on, for the reports of both suites: CPU, cores, memory, OS, Node and Chromium versions, date.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  date: string;
  /** 1-minute load average when the run started: a busy machine makes noisy timings. */
  loadAtStart: number;
  /** Font families with Chinese glyphs (fontconfig); without one, Chinese text is laid out with fallback boxes. */
  chineseFonts: string;
}

function chineseFontFamilies(): string {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.status !== 0) return 'unknown (no fc-list)';
  const families = [
    ...new Set(
      result.stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  return families.length === 0 ? 'none' : families.slice(0, 3).join('; ');
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** The run's start, taken before any work so the load average is the machine's, not the benchmark's. */
export interface RunStart {
  date: Date;
  loadAverage: number;
}

export function markRunStart(): RunStart {
  return { date: new Date(), loadAverage: loadavg()[0] ?? 0 };
}

export function describeMachine(chromium: string, start: RunStart): MachineInfo {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readOr('/proc/cpuinfo', ''))?.[1]?.trim();
  const osName = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readOr('/etc/os-release', ''))?.[1];
  return {
    cpu: cpuModel ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName ?? process.platform,
    node: process.version,
    chromium,
    date: start.date.toISOString(),
    loadAtStart: Math.round(start.loadAverage * 100) / 100,
    chineseFonts: chineseFontFamilies(),
  };
}
