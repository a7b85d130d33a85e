/** Pings kept to judge a link: the last 30 (one every 2 s: the last minute). */
const WINDOW = 30;
const RTT_SAMPLES = 10;

/**
 * A link's quality from its pings: round-trip time (median of the last ten answers) and loss (share of the
 * last thirty pings not answered in time). Pure: the link feeds it results.
 */
export class LinkQuality {
  private readonly results: (number | null)[] = [];

  answered(rttMs: number): void {
    this.push(rttMs);
  }

  lost(): void {
    this.push(null);
  }

  reset(): void {
    this.results.length = 0;
  }

  rttMs(): number | null {
    const answered = this.results.filter((r): r is number => r !== null).slice(-RTT_SAMPLES).sort((a, b) => a - b);
    if (answered.length === 0) return null;
    const middle = Math.floor(answered.length / 2);
    return answered.length % 2 === 1 ? answered[middle]! : Math.round(((answered[middle - 1]! + answered[middle]!) / 2) * 10) / 10;
  }

  lossPct(): number {
    if (this.results.length === 0) return 0;
    return Math.round((this.results.filter((r) => r === null).length / this.results.length) * 1000) / 10;
  }

  private push(result: number | null): void {
    this.results.push(result);
    if (this.results.length > WINDOW) this.results.shift();
  }
}
