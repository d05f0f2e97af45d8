// Output for CLI commands: one JSON object per line when stdout is not a terminal (scripts,
// pipes), readable text when a person is watching.
export interface CliIO {
  /** Writes a record: a JSON line, or pretty JSON on a terminal. */
  emit(record: unknown): void;
  /** Human-only progress or notes: stderr, so JSON on stdout stays clean. */
  note(message: string): void;
  readStdin(): Promise<string>;
  isTTY: boolean;
}

export function processIO(): CliIO {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    isTTY,
    emit(record) {
      process.stdout.write(isTTY ? JSON.stringify(record, null, 2) + "\n" : JSON.stringify(record) + "\n");
    },
    note(message) {
      process.stderr.write(message + "\n");
    },
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/** A usage error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

/** Parses `--flag value` and `--flag=value` pairs plus positionals. */
export function parseFlags(args: string[]): { flags: Record<string, string | true>; positionals: string[] } {
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else if (i + 1 < args.length && !args[i + 1].startsWith("--")) flags[a.slice(2)] = args[++i];
      else flags[a.slice(2)] = true;
    } else positionals.push(a);
  }
  return { flags, positionals };
}
