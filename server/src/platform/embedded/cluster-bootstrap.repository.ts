import type { Client } from 'pg';

/**
 * The few statements the embedded PostgreSQL bootstrap runs on a connection of its own, before the app's DataSource
 * exists: does a database exist, create it, replace an older cluster's fixed password. Kept here so that SQL lives in
 * repository files only (test/architecture/sql-in-repositories.spec.ts).
 */
export async function databaseExistsOn(client: Client, name: string): Promise<boolean> {
  const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return result.rowCount === 1;
}

export async function createDatabaseOn(client: Client, name: string): Promise<void> {
  await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
}

export async function setRolePasswordOn(client: Client, role: string, password: string): Promise<void> {
  await client.query(`ALTER ROLE ${client.escapeIdentifier(role)} PASSWORD ${client.escapeLiteral(password)}`);
}
