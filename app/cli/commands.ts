// The CLI's command table. Each command lives in commands/<name>.ts and exports `command`.
import type { CliIO } from "./io";

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

type Loader = () => Promise<{ command: Command }>;

export const COMMANDS: Record<string, { summary: string; load: Loader }> = {
};
