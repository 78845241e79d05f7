import {describe, expect, it} from '@jest/globals'
import {toStepOutputs} from '../src/outputs'

describe('toStepOutputs', () => {
  it('exports strings raw and other types as JSON, masking sensitive values and the strings inside them', () => {
    const out = toStepOutputs(
      {
        host: {value: '10.0.1.12', type: 'string', sensitive: false},
        port: {value: 22, type: 'number', sensitive: false},
        tags: {value: {app: 'web'}, type: ['object', {app: 'string'}], sensitive: false},
        password: {value: 'p"w\\x-long', type: 'string', sensitive: true},
        creds: {value: {user: 'admin', key: 'k1'}, type: ['object', {}], sensitive: true},
        'plan-file': {value: 'mine', type: 'string', sensitive: false},
      },
      new Set(['plan-file']),
    )
    expect(out.values).toEqual({
      host: '10.0.1.12',
      port: '22',
      tags: '{"app":"web"}',
      password: 'p"w\\x-long',
      creds: '{"user":"admin","key":"k1"}',
    })
    expect(out.json).toEqual({
      host: '10.0.1.12',
      port: 22,
      tags: {app: 'web'},
      password: 'p"w\\x-long',
      creds: {user: 'admin', key: 'k1'},
      'plan-file': 'mine',
    })
    expect(out.sensitive).toEqual(['password', 'creds'])
    // The JSON-escaped form too, as it appears inside outputs-json; short leaves stay visible.
    expect(out.secrets).toEqual(['p"w\\x-long', 'p\\"w\\\\x-long', '{"user":"admin","key":"k1"}', 'admin'])
    expect(out.shadowed).toEqual(['plan-file'])
  })
})
