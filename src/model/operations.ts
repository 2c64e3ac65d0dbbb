// What an operator sees of a running instance.

/** The database connection pool right now (PostgreSQL; SQLite has one connection). */
export interface PoolStats {
  size: number;
  idle: number;
  waiting: number;
}
