/**
 * Reads of the content version (see migrations/1764320000000-content-versions.ts), shared by the requests that wait
 * at the same time: the answer a caller gets comes from a read that began after the call, so it counts every commit
 * that finished before the caller arrived (a reader never gets an answer older than a write it already saw succeed).
 * Under load this is one small query per round trip instead of one per request.
 */
export class ContentVersionReader {
  private inFlight: Promise<string> | null = null;
  private next: Promise<string> | null = null;

  constructor(private readonly read: () => Promise<string>) {}

  current(): Promise<string> {
    if (!this.inFlight) return this.launch();
    // The read in flight began before this call: wait for the next one, which everyone arriving meanwhile shares.
    this.next ??= this.inFlight.then(settled, settled).then(() => {
      this.next = null;
      return this.launch();
    });
    return this.next;
  }

  private launch(): Promise<string> {
    const read: Promise<string> = this.read().finally(() => {
      if (this.inFlight === read) this.inFlight = null;
    });
    this.inFlight = read;
    return read;
  }
}

function settled(): void {}
