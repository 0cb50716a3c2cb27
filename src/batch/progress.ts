/** A one-line progress bar for a terminal's stderr; silent when stderr is not a terminal. */

const BAR_WIDTH = 20;
/** Redraws at most this often: a fast batch would otherwise spend its time painting. */
const REDRAW_MS = 100;

export class ProgressBar {
  private found = 0;
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly started = performance.now();

  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
  ) {}

  discovered(count: number): void {
    this.found = count;
    this.draw();
  }

  finished(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    this.draw();
  }

  /** Clears the line so the results print on a clean terminal. */
  clear(): void {
    if (this.enabled) this.write("\r\u001b[K");
  }

  private draw(): void {
    const now = performance.now();
    if (!this.enabled || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const total = Math.max(this.found, this.done);
    const filled = total === 0 ? 0 : Math.round((this.done / total) * BAR_WIDTH);
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    const failures = this.failed > 0 ? ` · ${this.failed} unreadable` : "";
    this.write(
      `\r\u001b[K▕${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}▏ ${this.done}/${total} resumes · ${rate.toFixed(1)}/s${failures}`,
    );
  }
}
