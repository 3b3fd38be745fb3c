extension Document {
  /// Makes a document from input, choosing its reference date: the input's own `date` first,
  /// then `defaultDate` (the `--reference-date` option). A later stage may still find one in
  /// the text when neither is given.
  ///
  /// A `date` that is not ISO 8601 (or names a day that does not exist) adds a warning naming
  /// the document, and the document is processed without it (falling back to `defaultDate`).
  public init(input: DocumentInput, defaultDate: DateTimeValue? = nil) {
    var reference: ReferenceDate?
    var notes = input.notes
    if let given = input.date, !given.isEmpty {
      if let value = DateTimeValue(iso8601: given) {
        reference = ReferenceDate(value: value, source: .input)
      } else {
        notes.append(
          Diagnostic(
            code: "input.invalid-date",
            message: "document '\(input.id)' (\(input.location)): date \"\(given)\" is not an ISO 8601 date or date-time; ignored",
            severity: .warning))
      }
    } else if input.date == "" {
      notes.append(
        Diagnostic(
          code: "input.invalid-date",
          message: "document '\(input.id)' (\(input.location)): date is not a string; ignored",
          severity: .warning))
    }
    if reference == nil, let defaultDate {
      reference = ReferenceDate(value: defaultDate, source: .option)
    }
    self.init(id: input.id, text: input.text, referenceDate: reference)
    diagnostics = notes
  }
}
