/** Typed errors: each carries a stable code; the CLI maps every AtsError to exit code 2 and one line. */
export class AtsError extends Error {
  readonly code: string;
  readonly exitCode = 2;
  constructor(code: string, message: string) {
    super(message);
    this.name = "AtsError";
    this.code = code;
  }
}

/** A resume file that cannot be read: missing, empty, wrong type, encrypted, corrupt. */
export class InputError extends AtsError {
  constructor(
    readonly file: string,
    code: string,
    readonly problem: string,
  ) {
    super(code, `${file}: ${problem}`);
    this.name = "InputError";
  }
}

/** An invalid or unknown posting; messages carry file:line:col where known. */
export class PostingError extends AtsError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = "PostingError";
  }
}

/** Bad command-line usage. */
export class UsageError extends AtsError {
  constructor(message: string) {
    super("usage", message);
    this.name = "UsageError";
  }
}
