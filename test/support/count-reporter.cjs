/**
 * Prints one closing line in the plain form CI systems read, `jest: N passed, N failed, N skipped`, after
 * jest's own summary. A run that executed no test at all fails.
 */
class CountReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests
    const failed = results.numFailedTests
    const skipped = results.numPendingTests + results.numTodoTests
    process.stdout.write(`\njest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
    if (passed + failed === 0) {
      process.stderr.write('No test was executed.\n')
      process.exitCode = 1
    }
  }
}

module.exports = CountReporter
