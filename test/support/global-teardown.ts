export default async function globalTeardown() {
  const handle = (globalThis as Record<string, unknown>).__THREADLINE_TEST__ as { stop(): Promise<void> } | undefined;
  await handle?.stop();
}
