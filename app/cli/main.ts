#!/usr/bin/env node
import { COMMANDS } from "./commands";
import { processIO, UsageError, type CliIO } from "./io";

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    const topic = name === "help" ? args[0] : undefined;
    if (topic && COMMANDS[topic]) {
      const { command } = await COMMANDS[topic].load();
      io.note(`porchlight ${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length), 4);
    const lines = Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`);
    io.note(["Usage: porchlight <command> [options]", "", "Commands:", `  ${"help".padEnd(width)}  show this help, or 'help <command>'`, ...lines].join("\n"));
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.note(`porchlight: unknown command '${name}'. Run 'porchlight help'.`);
    return 2;
  }
  const { command } = await entry.load();
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.note(`porchlight ${name}: ${err.message}\nUsage: porchlight ${command.usage}`);
      return 2;
    }
    throw err;
  }
}

if (process.argv[1] && /main\.(ts|js|mjs)$/.test(process.argv[1])) {
  main(process.argv.slice(2), processIO()).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`porchlight: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
