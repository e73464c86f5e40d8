// The command line of `pnpm bench`: --runs N, --only <scenario[,scenario…]>, --quick, --help.
export interface BenchOptions {
  runs: number;
  /** Scenario ids or id prefixes (`gauges` selects gauges-1 and gauges-50); null runs them all. */
  only: string[] | null;
  quick: boolean;
  /** Only a complete run with at least the default number of runs replaces docs/benchmarks.*. */
  writeDocs: boolean;
}

export const defaultRuns = 7;
const quickRuns = 3;

export const usage = `usage: pnpm bench [--runs N] [--only <scenario>[,<scenario>…]] [--quick] [--help]
  --runs N     timed runs per variant after the warm-up (default ${defaultRuns})
  --only S     only these scenarios (ids or prefixes, e.g. gauges,board-move,live-latency); docs are not rewritten
  --quick      ${quickRuns} runs, for development; docs are not rewritten
  --help       this text and the scenario ids`;

/** Whether the command line asks for the usage text. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let runs: number | null = null;
  let only: string[] | null = null;
  let quick = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = () => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${argument} needs a value\n${usage}`);
      index += 1;
      return next;
    };
    switch (argument) {
      case '--runs': {
        const text = value();
        runs = Number(text);
        if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number ≥ 1, got ${text}`);
        break;
      }
      case '--only':
        only = value()
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== '');
        break;
      case '--quick':
        quick = true;
        break;
      default:
        throw new Error(`unknown option ${String(argument)}\n${usage}`);
    }
  }
  const resolvedRuns = runs ?? (quick ? quickRuns : defaultRuns);
  return { runs: resolvedRuns, only, quick, writeDocs: !quick && only === null && resolvedRuns >= defaultRuns };
}

export function isSelected(options: BenchOptions, scenarioId: string): boolean {
  return (
    options.only === null || options.only.some((wanted) => scenarioId === wanted || scenarioId.startsWith(`${wanted}-`))
  );
}
