/**
 * The application repository the reference workflows run on: a real git history with a released v1.1.0
 * and conventional commits since, pushed to a bare `origin` that the checkout stand-in clones from, and
 * mirrored into the GitHub API stand-in for create-release. It holds what a user's repository holds:
 * package.json (the version), a Dockerfile (busybox httpd serving a page), `infra/` (a Terraform root
 * module whose state lives in PostgreSQL, standing in for S3) and `ansible/site.yml`.
 */
import {execFileSync} from 'node:child_process'
import {cpSync} from 'node:fs'
import {busyboxHttpContext} from '@deploy-actions/testing/dockerd'
import {GIT_ENV, GitRepo} from '@deploy-actions/testing/git-repo'
import {tempDir} from '@deploy-actions/testing/temp'

export interface AppRepoOptions {
  version: string
  /** The port busybox httpd listens on inside the container (host networking: also on the host). */
  appPort: number
  /** infra/prod.tfbackend: the pg backend's connection. */
  pgUrl: string
  /** What Terraform outputs as the provisioned hosts. */
  hosts: {address: string; sshPort: number; knownHosts: string}
  /** Where the playbook writes on the configured host. */
  configDir: string
}

export interface AppRepo {
  git: GitRepo
  /** The bare repository the checkout stand-in clones from. */
  origin: string
  /** The commit of the released v1.1.0. */
  released: string
  head: string
  /** What the application serves. */
  body: string
}

export function createAppRepo(o: AppRepoOptions): AppRepo {
  const body = `app ${o.version}\n`
  const git = GitRepo.init({'README.md': '# app\n', 'package.json': packageJson('1.1.0')})
  const released = git.head()
  git.tag('v1.1.0', {annotated: true})
  // The image: busybox httpd in a FROM scratch image, serving www/ (the Dockerfile, the binary and the page).
  cpSync(busyboxHttpContext({body, port: o.appPort}), git.dir, {recursive: true})
  git.commit('feat: serve the landing page (#7)')
  git.commit('fix: answer health checks on / (#9)', {'www/health': 'ok\n'})
  git.commit('feat(infra): provision the web hosts and configure nginx', infraFiles(o))
  const head = git.commit(`chore: release ${o.version}`, {
    'package.json': packageJson(o.version),
    'package-lock.json': packageLock(o.version),
  })
  const origin = tempDir('origin-')
  execFileSync('git', ['init', '--quiet', '--bare', origin], {env: {...process.env, ...GIT_ENV}})
  git.git('push', '--quiet', origin, 'main:main', 'main:dev', 'main:refs/pull/1/merge', '--tags')
  return {git, origin, released, head, body}
}

function packageJson(version: string): string {
  return `${JSON.stringify({name: 'app', version, private: true, scripts: {test: 'test -s www/index.html'}}, null, 2)}\n`
}

function packageLock(version: string): string {
  return `${JSON.stringify({name: 'app', version, lockfileVersion: 3, requires: true, packages: {'': {name: 'app', version}}}, null, 2)}\n`
}

function infraFiles(o: AppRepoOptions): Record<string, string> {
  return {
    'infra/main.tf': `# The web hosts. Here they are described, not created (no cloud can be reached from the tests): what
# matters to the pipeline is their outputs, which become Ansible's inventory.
terraform {
  backend "pg" {}
}

variable "hosts" {
  type = list(string)
}

variable "ssh_port" {
  type = number
}

variable "known_hosts" {
  type = string
}

resource "terraform_data" "web" {
  input = {
    hosts    = var.hosts
    ssh_port = var.ssh_port
  }
}

output "hosts" {
  value = terraform_data.web.output.hosts
}

output "ssh_port" {
  value = terraform_data.web.output.ssh_port
}

output "known_hosts" {
  value = var.known_hosts
}
`,
    'infra/terraform.tfvars': [
      `hosts       = ${JSON.stringify([o.hosts.address])}`,
      `ssh_port    = ${o.hosts.sshPort}`,
      `known_hosts = ${JSON.stringify(o.hosts.knownHosts)}`,
      '',
    ].join('\n'),
    'infra/prod.tfbackend': `conn_str    = ${JSON.stringify(o.pgUrl)}\nschema_name = "app"\n`,
    'ansible/site.yml': `- name: Configure the web hosts
  hosts: web
  gather_facts: false
  vars:
    ansible_python_interpreter: /usr/bin/python3
    config_dir: ${JSON.stringify(o.configDir)}
  tasks:
    - name: Create the configuration directory
      ansible.builtin.file:
        path: "{{ config_dir }}"
        state: directory
        mode: "0755"

    - name: Proxy :8080 to the dev container
      ansible.builtin.copy:
        dest: "{{ config_dir }}/app.conf"
        content: |
          server {
            listen 8080;
            location / { proxy_pass http://127.0.0.1:4000; }
          }
        mode: "0644"
`,
  }
}
