/**
 * Prints one closing line in the plain form CI systems read, `jest: N passed, N failed, N skipped`, as
 * the very last line (after jest's own summary). A run that executed no test at all fails.
 */
const {writeSync} = require('node:fs')

class CountReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests
    const failed = results.numFailedTests
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `jest: ${passed} passed, ${failed} failed, ${skipped} skipped`
    process.once('exit', () => writeSync(1, `\n${line}\n`))
    if (passed + failed === 0) {
      process.stderr.write('No test was executed.\n')
      process.exitCode = 1
    }
  }
}

module.exports = CountReporter
