// `npm run setup`: applies pending migrations to DATABASE_URL (SQLite or PostgreSQL).
import { migrate } from "../app/db/migrate.server";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.sqlite";
const result = await migrate(url);
process.stdout.write(JSON.stringify({ migrate: result.provider, applied: result.applied, alreadyApplied: result.alreadyApplied }) + "\n");
