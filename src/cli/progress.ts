// A progress bar on stderr for long runs: shown only on a TTY, only after the run has taken ~2 s,
// and never with --quiet, so pipes and CI logs stay clean.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

const SHOW_AFTER_MS = 2000;

export function progressBar(label: string, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet || !stream.isTTY) return { tick: () => {}, stop: () => {} };
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  return {
    tick(done) {
      if (bar === null) {
        if (Date.now() - started < SHOW_AFTER_MS) return;
        bar = new cliProgress.SingleBar({ stream, format: `${label} {value} records · {rate}/s · {duration_formatted}`, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(0, done, { rate: 0 });
      }
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: Math.round(done / seconds) });
    },
    stop() {
      bar?.stop();
    },
  };
}
