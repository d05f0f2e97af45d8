/** A payload that does not match its source's format. The caller keeps the payload aside. */
export class CarrierFormatError extends Error {
  readonly source: string;
  readonly field: string;
  constructor(source: string, field: string, problem: string) {
    super(`${source}: ${field}: ${problem}`);
    this.name = "CarrierFormatError";
    this.source = source;
    this.field = field;
  }
}

/** The carrier answered with its own error body (not found, unauthorized, ...). */
export class CarrierErrorResponse extends Error {
  readonly source: string;
  readonly code: string;
  constructor(source: string, code: string, message: string) {
    super(`${source}: ${code}: ${message}`);
    this.name = "CarrierErrorResponse";
    this.source = source;
    this.code = code;
  }
}
