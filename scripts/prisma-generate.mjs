// postinstall: derive the PostgreSQL schema from prisma/schema.prisma and generate both clients.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { prismaEnv } from "./prisma-env.mjs";

export function postgresSchema(sqliteSchema) {
  return (
    "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs. Do not edit.\n" +
    sqliteSchema
      .replace('provider   = "prisma-client-js"', 'provider   = "prisma-client-js"\n  output     = "../../app/generated/pg-client"')
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      .replace('url      = "file:./dev.sqlite"', 'url      = "postgresql://localhost:5432/porchlight"')
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  mkdirSync("prisma/postgresql", { recursive: true });
  writeFileSync("prisma/postgresql/schema.prisma", postgresSchema(schema));
  const prisma = "node_modules/prisma/build/index.js";
  for (const s of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
    execFileSync(process.execPath, [prisma, "generate", "--schema", s], { stdio: "inherit", env: prismaEnv });
  }
}
