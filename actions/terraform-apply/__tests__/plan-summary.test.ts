import {describe, expect, it} from '@jest/globals'
import {actionOf, type PlanJson, planLine, summarizePlan} from '../src/plan-summary'

const change = (address: string, ...actions: string[]) => ({address, change: {actions}})

describe('summarizePlan', () => {
  it('counts as Terraform does: a replace is one add and one destroy', () => {
    const plan: PlanJson = {
      resource_changes: [
        change('aws_vpc.main', 'no-op'),
        change('aws_subnet.a', 'create'),
        change('aws_security_group.web', 'update'),
        change('aws_instance.web', 'delete', 'create'),
        change('aws_instance.old', 'delete'),
        change('data.aws_ami.ubuntu', 'read'),
        change('aws_eip.web', 'create', 'delete'),
      ],
      output_changes: {ip: {actions: ['update']}, vpc: {actions: ['no-op']}},
    }
    expect(summarizePlan(plan)).toEqual({
      toAdd: 3,
      toChange: 1,
      toDestroy: 3,
      toReplace: 2,
      destroyed: ['aws_instance.web', 'aws_instance.old', 'aws_eip.web'],
      resources: [
        {address: 'aws_subnet.a', action: 'create'},
        {address: 'aws_security_group.web', action: 'update'},
        {address: 'aws_instance.web', action: 'replace'},
        {address: 'aws_instance.old', action: 'delete'},
        {address: 'aws_eip.web', action: 'replace'},
      ],
      outputChanges: ['ip'],
      changes: true,
    })
  })

  it('has no changes for a plan of no-ops and reads', () => {
    const s = summarizePlan({resource_changes: [change('a.b', 'no-op'), change('data.c.d', 'read')]})
    expect(s).toMatchObject({changes: false, resources: [], destroyed: []})
    expect(planLine(s)).toBe('No changes.')
  })

  it('sees output-only changes as changes', () => {
    const s = summarizePlan({output_changes: {url: {actions: ['create']}}})
    expect(s.changes).toBe(true)
    expect(planLine(s)).toBe('No resource changes; 1 output(s) change.')
  })

  it.each([
    [['create'], 'create'],
    [['update'], 'update'],
    [['delete'], 'delete'],
    [['delete', 'create'], 'replace'],
    [['create', 'delete'], 'replace'],
    [['forget'], 'forget'],
    [['no-op'], 'no-op'],
    [['read'], 'read'],
    [['delete', 'something-new'], 'replace'],
    [['something-new'], 'update'],
  ])('reads actions %j as %s', (actions, action) => {
    expect(actionOf(actions)).toBe(action)
  })

  it('words the plan line like Terraform, with replacements and forgets added', () => {
    const s = summarizePlan({
      resource_changes: [change('a.x', 'delete', 'create'), change('a.y', 'create'), change('a.z', 'forget')],
    })
    expect(planLine(s)).toBe('Plan: 2 to add, 0 to change, 1 to destroy (1 replaced, 1 to forget).')
  })
})
