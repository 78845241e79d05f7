import {describe, expect, it} from '@jest/globals'
import {hclString, isSecretKey, parseBackendConfig, renderBackendConfig} from '../src/backend-config'

const SECRET_FILE = '/runner/temp/backend-secrets.tfbackend'

describe('backend-config for the S3 backend', () => {
  it('renders bucket, key, region and both locking styles as -backend-config arguments, in order', () => {
    const entries = parseBackendConfig(
      [
        'bucket=acme-terraform-state',
        'key=prod/network.tfstate',
        'region=eu-west-1',
        'use_lockfile=true',
        'dynamodb_table=terraform-locks',
        'encrypt=true',
      ].join('\n'),
    )
    expect(renderBackendConfig(entries, SECRET_FILE)).toEqual({
      args: [
        '-backend-config=bucket=acme-terraform-state',
        '-backend-config=key=prod/network.tfstate',
        '-backend-config=region=eu-west-1',
        '-backend-config=use_lockfile=true',
        '-backend-config=dynamodb_table=terraform-locks',
        '-backend-config=encrypt=true',
      ],
      secretHcl: '',
    })
  })

  it('keeps credentials off the command line: they go to one HCL file, placed where the first was given', () => {
    const entries = parseBackendConfig(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an HCL template in a value, on purpose
      'bucket=state\naccess_key=AKIAEXAMPLE\nsecret_key=wJalr/K7MDENG+bPxRfi\nregion=us-east-1\ntoken=Fwo"Gz${x}',
    )
    const rendered = renderBackendConfig(entries, SECRET_FILE)
    expect(rendered.args).toEqual([
      '-backend-config=bucket=state',
      `-backend-config=${SECRET_FILE}`,
      '-backend-config=region=us-east-1',
    ])
    expect(rendered.secretHcl).toBe(
      'access_key = "AKIAEXAMPLE"\nsecret_key = "wJalr/K7MDENG+bPxRfi"\ntoken = "Fwo\\"Gz$${x}"\n',
    )
    expect(rendered.args.join(' ')).not.toMatch(/AKIAEXAMPLE|wJalr|Fwo/)
  })

  it('passes backend configuration files by path, with # comments and blank lines ignored', () => {
    const entries = parseBackendConfig('# shared settings\nconfig/prod.s3.tfbackend\n\nkey=app.tfstate\n')
    expect(renderBackendConfig(entries, SECRET_FILE).args).toEqual([
      '-backend-config=config/prod.s3.tfbackend',
      '-backend-config=key=app.tfstate',
    ])
  })

  it('keeps = inside values', () => {
    expect(parseBackendConfig('endpoint=https://s3.local/?a=b')).toEqual([
      {kind: 'value', key: 'endpoint', value: 'https://s3.local/?a=b', secret: false},
    ])
  })

  it('rejects a line whose key is not a setting name', () => {
    expect(() => parseBackendConfig('my bucket=x')).toThrow(
      "Input 'backend-config': 'my bucket' is not a backend setting name.",
    )
  })

  it.each([
    ['password', true],
    ['conn_str', true],
    ['access_key', true],
    ['secret_key', true],
    ['token', true],
    ['client_secret', true],
    ['sas_token', true],
    ['key', false],
    ['bucket', false],
    ['kms_key_id', false],
    ['dynamodb_table', false],
    ['use_lockfile', false],
  ])('treats %s as secret: %s', (key, secret) => {
    expect(isSecretKey(key)).toBe(secret)
  })

  it.each([
    ['plain', '"plain"'],
    ['a\\b', '"a\\\\b"'],
    ['say "hi"', '"say \\"hi\\""'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL template syntax that must stay literal
    ['${var.x} and %{if}', '"$${var.x} and %%{if}"'],
    ['line\nbreak\ttab', '"line\\nbreak\\ttab"'],
  ])('writes %j as the HCL literal %s', (value, literal) => {
    expect(hclString(value)).toBe(literal)
  })
})
