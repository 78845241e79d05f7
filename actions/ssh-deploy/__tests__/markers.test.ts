import {describe, expect, it} from '@jest/globals'
import {newMarkerPrefix, type Reports, readReport} from '../src/markers'

describe('readReport', () => {
  it('reads the reports of this run and leaves every other line alone', () => {
    const prefix = newMarkerPrefix()
    const reports: Reports = {details: []}
    const lines = [
      `${prefix} previous-image ghcr.io/o/app:1`,
      'plain output',
      `${newMarkerPrefix()} rolled-back true`,
      `${prefix} detail line with  spaces`,
      `${prefix} failure its HEALTHCHECK reports unhealthy`,
      `${prefix} rolled-back true`,
      `x${prefix} deployed-image forged`,
    ]
    expect(lines.map((line) => readReport(prefix, line, reports))).toEqual([
      true,
      false,
      false,
      true,
      true,
      true,
      false,
    ])
    expect(reports).toEqual({
      previousImage: 'ghcr.io/o/app:1',
      rolledBack: true,
      failure: 'its HEALTHCHECK reports unhealthy',
      details: ['line with  spaces'],
    })
  })

  it('reads whether the host changed', () => {
    const prefix = newMarkerPrefix()
    const reports: Reports = {details: []}
    for (const line of [`${prefix} unchanged true`, `${prefix} changed true`])
      readReport(prefix, line, reports)
    expect(reports).toEqual({details: [], unchanged: true, changed: true})
    const untouched: Reports = {details: []}
    readReport(prefix, `${prefix} changed false`, untouched)
    expect(untouched.changed).toBe(false)
  })

  it('makes a new prefix each run', () => {
    expect(newMarkerPrefix()).not.toBe(newMarkerPrefix())
  })
})
